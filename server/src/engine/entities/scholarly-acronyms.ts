// In a text with references (two or more of "[12]", "[2–9]", "(Smith, 2010)", "(e.g., Hein, Reich, & Marks, 2016)", "et al."), an acronym the gazetteers do not know is a
// term of the field, an instrument or a programme, not a body, unless the text shows it acting or defines
// it as a body.
//   "the location of the CoM", "adult-like SI interpretations", "12 home runs and 43 RBIs" → no entity
//   "emits Ultraviolet (UV) Radiation … UVR exposure [4]", "the SMOS satellite [5]"   → no entity
//   "Geographic Information Systems (GIS) … GIS applications [3]"                 → no entity (both)
// Not: "the European Space Agency (ESA) [3]", "the consortium of Dutch academic libraries (UKB)" (defined
// with a word for a body), "HBO’s Game of Thrones" (it owns something), "NASA" (a known body), and
// nothing in news without references: there an unknown acronym is as often a body as a term.
import type { Mention } from './cluster';
import { industryHeads, ofHeads, orgHeads } from './lexicon';
import orgNouns from '../../data/org-nouns.json';

// "CoM", "GIS", "RBIs", "TaDiRAH": capitals, perhaps small letters between them, perhaps a plural s.
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}s?$/u;
const BRACKETED = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}s?)\)/u;
const BODY_NOUNS = new Set<string>([...orgNouns.body, ...orgNouns.company, ...orgNouns.publication, 'consortium', 'libraries', 'network', 'group', 'society']);

/** "(the) European Space Agency (ESA)", "academic libraries (UKB)": the words before the bracket name a body. */
function definedAsBody(text: string, acronym: string): boolean {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return false;
  const words = text.slice(Math.max(0, at - 80), at).split(/\s+/).slice(-6);
  // Not industry words: "Geographic Information Systems (GIS)" is a kind of software, not a company.
  return words.some((w) => ((orgHeads.has(w) && !industryHeads.has(w)) || ofHeads.has(w) || BODY_NOUNS.has(w.toLowerCase())));
}

/** Drops unknown acronyms in a text with references (`references`: see ./references), unless the text shows them to be bodies. */
export function dropScholarlyAcronyms(mentions: Mention[], text: string, references: boolean): Mention[] {
  if (!references) return mentions;
  const body = new Set<string>();
  for (const m of mentions) if (/^['’]s?\b/.test(text.slice(m.end, m.end + 2))) body.add(m.name);
  const term = (m: Mention) =>
    m.tokens.length === 1 && ACRONYM.test(m.name) && !m.gazetteer && !m.role && m.type !== 'other' &&
    Math.max(m.scores.person, m.scores.organization, m.scores.place, m.scores.other) <= 1.2 &&
    !body.has(m.name) && !definedAsBody(text, m.name.replace(/s$/, ''));
  // Dropped rather than typed other: the clustering would join "DH" to a capitalised expansion typed as a body.
  const terms = new Set(mentions.filter(term).map((m) => m.name));
  // The capitalised expansion of a term is a term too: "Geographic Information Systems (GIS)".
  const expansions = new Set<string>();
  for (const m of mentions) {
    const b = BRACKETED.exec(text.slice(m.end, m.end + 12));
    if (b && terms.has(b[1]) && m.tokens.length > 1 && !m.gazetteer && !m.role) expansions.add(m.name);
  }
  return mentions.filter((m) => !terms.has(m.name) && !expansions.has(m.name));
}
