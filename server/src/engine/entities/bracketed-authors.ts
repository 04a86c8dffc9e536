// Inside brackets an author–year citation alone says "author": a person, also for a common word or at the
// bracket's start, where a capital proves nothing (doubtful-capitals.ts). The other mentions of the name
// follow through the cluster, and cited-authors.ts types the ones cited outside brackets.
//   "(Porte, 2012)", "(Laws, 2016; Baker, 2015)", "(Boot, Kramer, & Gratton, 2008)", "(Li et al., 2010, p. 12)" → people
// Not: a name the gazetteers know ("(Paris, 2013)", "(Reuters, 2010)"), acronyms ("(OECD, 2015)": bodies publish
// too), names of more than one word, a bracket that is no citation ("(Baker, the town nearest the dam, … 2013)").
import type { NamedRun } from './candidate-kit';
import { isAcronym } from './shape';

// After the author: more authors, "et al.", then the year that closes the citation.
const CITED = /^(?:\s*(?:,|&|and)\s*\p{Lu}[\p{L}'’-]+)*(?:\s*,?\s*(?:&|and)\s*\p{Lu}[\p{L}'’-]+)?(?:\s+et al\.)?\s*,?\s*(?:19|20)\d\d[a-z]?\s*[);,:]/u;
const BEFORE = new Set(['(', ';', ',', '&', 'and']);

/** Person evidence for a one-word name in a bracketed author–year citation; it is then no doubtful capital. */
export function bracketedAuthor(n: NamedRun): void {
  if (n.words.length !== 1 || n.entry || n.prevTok < 0 || n.words[0].i !== n.prevTok + 1) return;
  if (!BEFORE.has(n.tokens[n.prevTok].text) || isAcronym(n.name)) return;
  let after = '';
  for (let i = n.words[0].i + 1; i < n.tokens.length && i < n.words[0].i + 30; i++) {
    const t = n.tokens[i];
    after += (t.start > n.tokens[i - 1].end ? ' ' : '') + t.text;
    if (t.text === ')') break;
  }
  if (!CITED.test(after)) return;
  // after "," or "&" the list must have begun with "(" or ";" in this sentence
  if (n.tokens[n.prevTok].text !== '(' && n.tokens[n.prevTok].text !== ';') {
    let k = n.prevTok - 1;
    while (k >= 0 && k > n.prevTok - 20 && n.tokens[k].text !== '(' && n.tokens[k].text !== ';' && n.tokens[k].text !== ')') k--;
    if (k < 0 || n.tokens[k].text === ')') return;
  }
  n.scores.person += 3;
  n.titled = true;
}
