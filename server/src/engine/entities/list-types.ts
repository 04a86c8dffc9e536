// Names in one list are of one kind: doubtful members lean to what the sure ones are.
//   "Magna, Johnson Controls and Lear"          → all organizations (two are known companies)
//   "Given, Breen, Staunton, Irwin and Keane"   → all people (most lean that way, none disagrees)
//   "Antigua and Barbuda", "Dalmatia and Pannonia", "Cruden and Ellon" → a pair with a sure place: both places
// Not: "Smith and Jordan" (a place that is also a surname is not sure), "Kessler and Paris" when Kessler has any
// evidence of its own (only a name with nothing but the lone-word guess leans).
import type { EntityType } from '../types';
import type { Tok } from './tokens';
import { best, type Candidate } from './candidate-kit';
import { exact, surnameSet, firstNameSet, keyOf } from './lexicon';
import { joinTexts } from '../packed';

/** "Magna, Johnson Controls and Lear": names in one list are of one kind. When every confidently typed member
 * of a list of three or more agrees, the doubtful members lean that way. */
export function listTypes(tokens: Tok[], out: Candidate[], from: number): void {
  let list: Candidate[] = [];
  const flush = () => {
    if (list.length === 2) pairPlaces(list[0], list[1]);
    if (list.length >= 3) {
      const votes = new Set<EntityType>();
      let count = 0;
      for (const c of list) {
        const t = best(c.scores);
        if (c.gazetteer || c.scores[t] >= 2) {
          votes.add(t);
          count++;
        }
      }
      // otherwise a clear majority of what the members lean to ("Given, Breen, Staunton, Irwin, …"), if nothing sure disagrees
      let type: EntityType | undefined = votes.size === 1 && count >= 2 ? [...votes][0] : undefined;
      if (!type && votes.size <= 1) {
        const lean = new Map<EntityType, number>();
        for (const c of list) lean.set(best(c.scores), (lean.get(best(c.scores)) ?? 0) + 1);
        for (const [t, k] of lean) if (k >= 3 && k * 2 > list.length && (votes.size === 0 || votes.has(t))) type = t;
      }
      if (type) {
        for (const c of list) if (!c.gazetteer && Math.max(c.scores.person, c.scores.organization, c.scores.place, c.scores.other) < 2) c.scores[type!] += 1.5;
      }
    }
    list = [];
  };
  for (let idx = from; idx < out.length; idx++) {
    const c = out[idx];
    const prev = list[list.length - 1];
    if (prev) {
      const a = lastEnding(tokens, prev.end);
      const b = lastStarting(tokens, c.start);
      const between = a !== undefined && b !== undefined ? joinTexts(tokens, a + 1, b) : null;
      if (between === null || !/^(,|and|or|&|, and|, or)$/.test(between)) flush();
    }
    list.push(c);
  }
  flush();
}

// The token a name ends or starts at, as a map from offsets filled in token order would give it (the last one):
// a sentence has a few names and dozens of tokens, so a scan costs less than building the maps.
function lastEnding(tokens: Tok[], offset: number): number | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k].end === offset) return k;
  return undefined;
}
function lastStarting(tokens: Tok[], offset: number): number | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k].start === offset) return k;
  return undefined;
}

/** A place the gazetteers know and that is no surname or first name: "Antigua", not "Jordan" or "Florence". */
function surePlace(c: Candidate): boolean {
  const e = exact.get(c.name);
  return !!c.gazetteer && e?.type === 'place' && best(c.scores) === 'place' && !surnameSet.has(keyOf(c.name)) && !firstNameSet.has(c.tokens[0]);
}

/** A name with nothing but the lone-word guess (no score of 1 or more). */
function bare(c: Candidate): boolean {
  return !c.gazetteer && c.tokens.length === 1 && Math.max(c.scores.person, c.scores.organization, c.scores.place, c.scores.other) < 1;
}

/** "Antigua and Barbuda": in a pair joined by "and"/"or"/a comma, a bare name beside a sure place is a place. */
function pairPlaces(a: Candidate, b: Candidate): void {
  if (surePlace(a) && bare(b)) b.scores.place += 1.2;
  else if (surePlace(b) && bare(a)) a.scores.place += 1.2;
}
