// A capitalised "The" or "A" inside a sentence opens the title of a work (type other), not a body's name.
//   'the CBS drama The Good Wife', 'writers on The Walking Dead', 'roles in The Immortal Story' → other
//   'his dissertation, A Synopsis of English Syntax', 'the series A Discovery of Witches'     → other
// Not: 'by The New York Times', 'quoted by The Canadian Press' (a known name or a body's head word:
// Times, Press, Club), 'at The Hague' (known), 'quoted by The Onion' (one word after "The": papers and
// bands), 'The Good Wife returns' (at the start of a sentence every "The" is capitalised).
import { exact, orgHeads, placeHeads, firstNameSet } from './lexicon';
import { wordBefore } from './word-before';

// The article and the words between it and the name, right before the name ("the drama The ").
const ARTICLE_BEFORE = /[\p{Ll}\d,;(][ \t]+(The|A|An)[ \t]+$/u;
// The article starting the name itself ("A Discovery"), after a word, comma or bracket.
const ARTICLE_START = /^(?:The|A|An) /;
const WORD_BEFORE = /[\p{Ll}\d,;(][ \t]+$/u;
const ARTICLES = new Set(['The', 'A', 'An']);

/** True when a name run is the title of a work: a capitalised article mid-sentence opens it, and its words
 * are neither a known name nor a body's or a place's head. */
export function isArticleTitle(text: string, m: { start: number; end: number; name: string; gazetteer?: unknown }): boolean {
  if (m.gazetteer) return false;
  let article: string;
  let words: string[];
  if (ARTICLE_START.test(m.name)) {
    if (!WORD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
    words = m.name.split(' ');
    article = words[0];
    words = words.slice(1);
  } else {
    // (ARTICLE_BEFORE ends in the article between spaces or tabs: the word before the name)
    if (!ARTICLES.has(wordBefore(text, m.start))) return false;
    const a = ARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (!a) return false;
    article = a[1];
    words = m.name.split(' ');
  }
  if (exact.has(m.name)) return false;
  if (!words.length || (article === 'The' && words.length < 2)) return false;
  if (firstNameSet.has(words[0]) || exact.has(words.join(' '))) return false;
  return !words.some((w) => orgHeads.has(w) || placeHeads.has(w));
}
