// Rule 3, last: a quote with no reporting verb at all belongs to the sentence's subject when the
// sentence is about that person's (or that source's) words:
//   He commanded the party to "do the right thing."                    → He
//   Ruiz wants the port "open to everyone" by June.                    → Ruiz
//   The memo wants the agency "out of the business" by June.           → The memo (a source noun)
//   Ruiz was blunt on the port, "It stays open to everyone."           → Ruiz (a direct quote after a comma or colon)
//   Tunnels are so numerous that troops find "a maze without end".     → no speaker, but the quote stays
//                                                                        partial (common words open the sentence)
//   not: Officials were asked in Ohio, "Where is the money going?"     (a passive: they did not say it)
import type { QuoteKind } from '../types';
import type { Found, People } from './context';
import { SOURCE_NOUNS } from './lexicon';
import { speakerRange } from './phrases';
import { passiveBefore } from './rule-kit';
import { commonWordsOpening, subjectNP } from './subjects';
import type { Tok } from './tokens';

/**
 * The subject of the quote's sentence as its speaker (no cue), 'nobody' when the sentence reports
 * words but its subject names no one, or null when the rule does not apply.
 */
export function subjectWithoutCue(
  toks: Tok[],
  kind: QuoteKind,
  sentFirst: number,
  first: number,
  beforeEmpty: boolean,
  people: People,
): Found | 'nobody' | null {
  const introduced = kind === 'direct' && !beforeEmpty && /^[,:]$/.test(toks[first - 1]?.text ?? '') && !passiveBefore(toks, sentFirst, first - 1);
  if (kind !== 'partial' && !introduced) return null;
  const subj = subjectNP(toks, sentFirst, first - 1);
  const h = subj ? toks[subj.head] : null;
  const ok =
    !!subj &&
    !!h &&
    (subj.kind === 'pronoun'
      ? /^(he|she|they|we|i)$/.test(h.lower)
      : subj.kind === 'name'
        ? !/['’]s?$/.test(h.text) && h.text !== h.text.toUpperCase() && toks[subj.last + 1]?.text !== ','
        : subj.kind === 'nominal' && SOURCE_NOUNS.has(h.lower));
  if (!subj || !ok) return null;
  // "Tunnels are so numerous …", a title-case headline: the subject is no one, but the
  // sentence still reports words: keep the quote, with no speaker rather than a wrong one.
  if (subj.kind === 'name' && commonWordsOpening(toks, subj, people)) return 'nobody';
  return { np: subj, range: speakerRange(toks, subj), cue: null, method: 'subject of the sentence (no reporting verb)' };
}
