// What the candidate rule families share: the candidate and its scores, the word of a name run, and
// the lookups several families make (a plausible first name, the gazetteer with its spelling variants).
// Nothing here calls a rule family.
import type { EntityType } from '../types';
import { byKey, companyWordSet, exact, firstNameSet, keyOf, surnameSet, usCommonFirstNames, type GazetteerEntry } from './lexicon';
import { isAllCaps, isCommon } from './shape';
import { OPENERS } from './cues';
import type { Tok } from './tokens';

export type Scores = Record<EntityType, number>;

export interface Candidate {
  /** Offsets relative to the block (shifted to the document later). */
  start: number;
  end: number;
  /** Name as written, without title or possessive; a bracketed first name is unwrapped. */
  name: string;
  tokens: string[];
  scores: Scores;
  role?: string;
  /** Gazetteer group (all spellings of one country share it). */
  group?: string;
  /** Gazetteer hit. */
  gazetteer?: GazetteerEntry['kind'];
  /** A lone common word at the start of a sentence: kept only with other evidence in the document. */
  initial?: boolean;
  /** Found in a headline/capitals line: kept only when the document or a gazetteer confirms it. */
  weak?: boolean;
  /** Sports-team context (followed by a score, "v X", "X beat"). */
  team?: boolean;
  /** Place context ("in X", "the town of X", "X-based"). */
  placeContext?: boolean;
}

/** What a candidate may carry besides its name and scores. */
export type CandidateFacts = Pick<Candidate, 'role' | 'group' | 'gazetteer' | 'initial' | 'team' | 'placeContext'>;
const NO_FACTS: CandidateFacts = {};

/**
 * A candidate with every field present (undefined when it does not apply), always in this order. The
 * functions that read candidates then meet one object shape, so V8 optimises them once instead of again
 * ("wrong map") for each mix of fields that turns up, in every thread.
 */
export function candidate(start: number, end: number, name: string, tokens: string[], scores: Scores, facts = NO_FACTS): Candidate {
  const { role, group, gazetteer, initial, team, placeContext } = facts;
  return { start, end, name, tokens, scores, role, group, gazetteer, initial, weak: undefined, team, placeContext };
}

/** A headline or all-capitals sentence, kept for document-level lookups. */
export interface WeakSentence {
  tokens: Tok[];
  caps: boolean;
}

export interface BlockEntities {
  candidates: Candidate[];
  weak: WeakSentence[];
}

export const zero = (): Scores => ({ person: 0, organization: 0, place: 0, other: 0 });
/** The type with the highest score, the first of person, organization, place, other on a tie. */
export function best(s: Scores): EntityType {
  let t: EntityType = 'person';
  let v = s.person;
  if (s.organization > v) {
    t = 'organization';
    v = s.organization;
  }
  if (s.place > v) {
    t = 'place';
    v = s.place;
  }
  if (s.other > v) t = 'other';
  return t;
}

export interface Word {
  /** index into sentence tokens */
  i: number;
  text: string;
  start: number;
  end: number;
}

export interface RunInfo {
  possessiveEnd: boolean;
  hyphenTail: string | null;
  bracketed: boolean;
}

/** A first name that says "person": common in the US, or from the name lists and not also a common word,
 * place, company word or surname ("Northrop", "Port", "Sheffield" are weak). */
export function plausibleFirstName(w: string): boolean {
  if (!firstNameSet.has(w)) return false;
  if (usCommonFirstNames.has(w)) return true;
  return !(isCommon(w) || exact.has(w) || companyWordSet.has(w) || surnameSet.has(w.toLowerCase()));
}

export function gazetteer(name: string): GazetteerEntry | undefined {
  const hit = exact.get(name) ?? (isAllCaps(name) ? byKey.get(keyOf(name)) : undefined);
  if (hit) return hit;
  // "N. Korea", "S. Africa": a compass initial for North/South/East/West
  const m = /^([NSEW])\. (.+)$/.exec(name);
  if (m) return exact.get({ N: 'North', S: 'South', E: 'East', W: 'West' }[m[1]] + ' ' + m[2]);
  return undefined;
}

/** Events and laws that take "of": "Treaty of Versailles", "Siege of Sarajevo" (name runs and scores both use them). */
export const OTHER_OF_HEADS = new Set(['Treaty', 'War', 'Battle', 'Siege', 'Tour', 'Series', 'Declaration', 'Cup', 'Festival', 'Bill', 'Act', 'Charter', 'Convention', 'Protocol', 'Accord', 'Peace', 'Revolution', 'Massacre']);

/** One name of a run with what the families that read its context share: the words around it, its scores,
 * and what they found (a place context, a team, a role). */
export interface NamedRun {
  tokens: Tok[];
  /** The whole run as found (before its edges and title were cut). */
  run: Word[];
  runStart: number;
  runEnd: number;
  info: RunInfo;
  /** Does the run open the sentence? */
  initial: boolean;
  titled: boolean;
  words: Word[];
  texts: string[];
  name: string;
  multi: boolean;
  entry: GazetteerEntry | undefined;
  scores: Scores;
  /** The name's own evidence already says "person" (before the context). */
  personShaped: boolean;
  prevTok: number;
  prev: string;
  nextTok: Tok | undefined;
  next: string;
  placeContext: boolean;
  team: boolean;
  role: string | undefined;
}

/** A capitalised common word that swallowed the sentence's full stop: the splitter took "War." (Warwickshire)
 * for an abbreviation and ran "the Civil War. He went" into one sentence. Gazetteer words keep theirs ("Mass."). */
export function swallowedStop(text: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}\.$/u.test(text) && isCommon(text.slice(0, -1)) && !exact.has(text) && !exact.has(text.slice(0, -1));
}

export function isSentenceInitial(tokens: Tok[], i: number): boolean {
  if (i === 0) return true;
  const t = tokens[i - 1];
  // a number or lowercase word that swallowed the full stop ("a lead of 82. By the close")
  if (t.kind === 'word' && (/^(\d[\d,.]*|\p{Ll}{2,})\.$/u.test(t.text) || swallowedStop(t.text))) return true;
  // after an opening quote, bracket, colon or dash a capital says nothing about names
  // also after a full stop the sentence splitter kept inside ("lead of 233. After the ...")
  return t.kind !== 'word' && (OPENERS.has(t.text) || /^[“"‘'(\[:—–.!?-]+$/.test(t.text));
}