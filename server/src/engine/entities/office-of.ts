// A title with "of" and no name after it is no person; the country or body after "of" is the mention.
//   "the Prime Minister of Singapore said"   → "Singapore"
//   "Director of Intelligence", "the Secretary of State" → no mention
import { titleMap } from './lexicon';
import { type Word } from './candidate-kit';
import { joinTexts } from '../packed';

/** "the Prime Minister of Singapore": the words after "of" when the run opens with a title and no name
 * follows it; null when the run is not such a title. */
export function officeOf(words: Word[]): Word[] | null {
  let titleLen = 0;
  for (let l = Math.min(3, words.length - 1); l >= 1 && !titleLen; l--)
    if (words[l].text === 'of' && titleMap.has(joinTexts(words, 0, l))) titleLen = l;
  if (!titleLen) return null;
  let k = titleLen + 1;
  if (words[k]?.text === 'the') k++;
  return words.slice(k);
}
