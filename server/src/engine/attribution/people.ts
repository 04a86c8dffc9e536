// The people an article names, for pronouns and titles to point at, and linking a speaker span
// to an entity:
//   "Sen. Lindsey Graham … the senator said"   → "the senator" is Lindsey Graham (titled so earlier)
//   "Piet Hein, a harbor pilot, … Hein said"   → Hein is a person (first name before the surname)
// Helpers only: nothing here imports a rule file.
import type { Entity, Span } from '../types';
import type { People } from './context';
import { LEADING_FUNCTION, ORG_WORDS, PERSON_NOUNS, TITLES, isCapitalized } from './lexicon';
import type { NP } from './phrases';
import { firstNameSet as FIRST_NAMES } from '../word-lists';
import { firstCharTest } from '../word-starts';
import type { Tok, TokenView } from './tokens';

// Checked before the lookups below, which run on every word of the article.
const mayBeFirstName = firstCharTest(FIRST_NAMES);
const mayBeTitle = firstCharTest(TITLES);

/** Names that look like people: a title before them, or an entity typed person. */
export function personNames(view: TokenView, entities: Entity[]): People {
  const names = new Set<string>();
  const nameWords = new Set<string>();
  const titled: People['titled'] = [];
  for (const e of entities) {
    const parts = e.name.split(/\s+/);
    for (const w of parts) nameWords.add(w);
    for (const a of e.aliases) for (const w of a.split(/\s+/)) nameWords.add(w);
    if (e.type !== 'person') continue;
    names.add(e.name);
    for (const a of e.aliases) names.add(a);
    names.add(parts[parts.length - 1]);
  }
  const { toks } = view;
  // "Piet Hein", "John Keel": a capitalised run opening with a known first name; its last word
  // alone (the surname) then also names a person.
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.quote >= 0 || t.kind !== 'word' || !mayBeFirstName(t.text) || !FIRST_NAMES.has(t.text) || i === view.sents[t.sent].first) continue;
    let j = i + 1;
    while (j < toks.length && j < i + 4 && toks[j].kind === 'word' && isCapitalized(toks[j].text) && !LEADING_FUNCTION.has(toks[j].text)) j++;
    if (j === i + 1) continue;
    const last = toks[j - 1].text.replace(/['’]s$/, '');
    if (ORG_WORDS.has(last)) continue;
    names.add(last);
    i = j - 1;
  }
  for (let i = 0; i < toks.length; i++) {
    if (!mayBeTitle(toks[i].text) || !TITLES.has(toks[i].text) || toks[i].quote >= 0) continue;
    let j = i + 1;
    while (j < toks.length && TITLES.has(toks[j].text)) j++;
    const title = toks[j - 1].text;
    const runStart = j;
    const run: string[] = [];
    while (j < toks.length && toks[j].kind === 'word' && isCapitalized(toks[j].text) && !LEADING_FUNCTION.has(toks[j].text) && run.length < 4) {
      run.push(toks[j].text.replace(/['’]s$/, ''));
      if (/['’]s$/.test(toks[j].text)) break;
      j++;
    }
    if (run.length === 0 || run.some((w) => ORG_WORDS.has(w))) continue;
    titled.push({ role: ROLE_OF[title.toLowerCase()] ?? title.toLowerCase(), range: { first: runStart, last: runStart + run.length - 1 } });
    i = runStart + run.length - 1;
    names.add(run.join(' '));
    names.add(run[run.length - 1]);
  }
  return { names, titled, entities, notProse: new Set(), nameWords };
}

const ROLE_OF: Record<string, string> = {
  'sen.': 'senator', 'rep.': 'congressman', 'gov.': 'governor', 'gen.': 'general', 'dr.': 'doctor',
  'rev.': 'reverend', 'prof.': 'professor', 'lt.': 'lieutenant', 'col.': 'colonel', 'adm.': 'admiral',
};

/** "the president" → the latest person named with that title before the phrase. */
export function resolveTitle(view: TokenView, people: People, r: { first: number; last: number }): { first: number; last: number } | null {
  const { toks } = view;
  const head = toks[r.last].lower;
  let best: { first: number; last: number } | null = null;
  for (const t of people.titled) {
    if (t.role !== head) continue;
    if (t.range.first < r.first || !best) best = t.range;
    if (t.range.first >= r.first) break;
  }
  return best;
}

function nameText(toks: Tok[], r: { first: number; last: number }): string {
  const words: string[] = [];
  for (let i = r.first; i <= r.last; i++) words.push(toks[i].text);
  return words.join(' ').replace(/['’]s$/, '');
}

export function isPersonLike(view: TokenView, people: People, r: { first: number; last: number }, np: NP): boolean {
  const { toks } = view;
  if (np.kind === 'nominal') return PERSON_NOUNS.has(toks[np.head].lower);
  if (np.kind !== 'name') return false;
  const start = toks[r.first].start;
  const end = toks[r.last].end;
  if (people.entities.length) {
    const e = people.entities.find((x) => x.mentions.some((m) => m.start < end && start < m.end));
    if (e) return e.type === 'person';
  }
  const name = nameText(toks, r);
  if (people.names.has(name)) return true;
  const words = name.split(' ');
  if (words.some((w) => ORG_WORDS.has(w))) return false;
  if (people.names.has(words[words.length - 1])) return true;
  if (words.length >= 2 && FIRST_NAMES.has(words[0])) return true;
  // A title inside the phrase ("Sen. Graham", "Foreign Minister Lavrov").
  for (let i = np.first; i < r.first; i++) if (TITLES.has(toks[i].text)) return true;
  return false;
}

/** Entity whose mention overlaps the span, else whose name or alias equals / ends with its text. */
export function linkEntity(entities: Entity[], sp: Span, headOnly = false): string | null {
  if (!entities.length) return null;
  if (!headOnly) {
    const e = entities.find((x) => x.mentions.some((m) => m.start < sp.end && sp.start < m.end));
    if (e) return e.id;
  } else {
    // A nominal links only when an entity mention covers the whole phrase ("the newspaper" is not linked by its modifiers).
    const e = entities.find((x) => x.mentions.some((m) => m.start <= sp.start && sp.end <= m.end));
    if (e) return e.id;
    return null;
  }
  const t = sp.text.replace(/['’]s$/, '');
  const e =
    entities.find((x) => x.name === t || x.aliases.includes(t)) ??
    entities.find((x) => x.type === 'person' && x.name.endsWith(' ' + t));
  return e ? e.id : null;
}
