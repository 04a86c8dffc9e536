// What every attribution rule family returns and shares: a found source (Found), the attribution
// a quote ends up with (Result, Antecedent), the people the article names (People), and span helpers.
// Types and tiny helpers only: nothing here imports a rule file.
import type { Entity, Span, Speaker } from '../types';
import type { NP } from './phrases';
import type { Tok } from './tokens';

export interface Found {
  np: NP;
  range: { first: number; last: number };
  cue: { first: number; last: number } | null;
  method: string;
}

export interface Result {
  speaker: Speaker | null;
  cue: Span | null;
  /** Token range of the speaker words (for continuation and pronoun chains). */
  range: { first: number; last: number } | null;
  kind: NP['kind'] | null;
  /** For pronouns: the antecedent's token range and how it was chosen. */
  antecedent: Antecedent | null;
}

export function span(text: string, toks: Tok[], r: { first: number; last: number }): Span {
  const start = toks[r.first].start;
  const end = toks[r.last].end;
  return { start, end, text: text.slice(start, end) };
}

export function hasWords(toks: Tok[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (toks[i].kind === 'word') return true;
  return false;
}

export interface People {
  names: Set<string>;
  /** Names after a title, with the title as a lowercase role noun ("president", "senator"). */
  titled: Array<{ role: string; range: { first: number; last: number } }>;
  /** entity-backed typing when entities exist */
  entities: Entity[];
  /** Blocks that are not running prose (headlines, subheadings, captions): no antecedents there. */
  notProse: Set<number>;
  /** Every word of every entity name the entity stage found, of any type ("Bush", "Trump"). */
  nameWords: Set<string>;
}

export interface Antecedent {
  range: { first: number; last: number };
  how: string;
}
