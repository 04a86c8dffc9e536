// A part or direction word before a known place names a part of that place, not a person.
//   "North Oakland", "West Oakland", "Upper Manhattan", "Southern California", "Greater London" → place
//   "Old Oakland", "Downtown Phoenix", "Central Java"                                        → place
//   "the West", "the Midwest", "the Southwest" (a compass region on its own)              → place
//   "injured in the South.", "from the Southeast" (after "the", a lone compass word is no doubtful capital) → place
//   "Roman Britain", "Classical Greece", "Medieval England" (a period of a known place)      → place
//   "the American Southwest" (a nation's compass region)                                   → place
// Not: "Paris Hilton" (the place comes first), "North West Ltd" (no known place after the part word).
import { demonymOf, exact } from './lexicon';
import type { NamedRun } from './candidate-kit';

const PART = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Central', 'Upper', 'Lower', 'Greater', 'Inner', 'Outer', 'Old', 'Downtown', 'Midtown', 'Uptown', 'Ancient', 'Classical', 'Medieval', 'Roman', 'Colonial', 'Imperial', 'Victorian', 'Byzantine', 'Ottoman']);

/** True when the name is a part word followed by a place the gazetteers know. */
export function isDistrictName(texts: string[]): boolean {
  if (texts.length < 2 || !PART.has(texts[0])) return false;
  return exact.get(texts.slice(1).join(' '))?.type === 'place';
}

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Midwest', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Mideast']);

/** A compass word alone, or after a nation's adjective, names a region: "supplies for the West", "the American Southwest". */
export function isCompassRegion(texts: string[]): boolean {
  if (texts.length === 2) return demonymOf.has(texts[0]) && COMPASS.has(texts[1]);
  return texts.length === 1 && COMPASS.has(texts[0]);
}

/** "in the South", "from the Southeast": after "the" a lone compass word is a region, not a capital that proves nothing. */
export function compassAfterThe(n: NamedRun): void {
  if (n.words.length === 1 && n.prev === 'the' && n.words[0].i === n.prevTok + 1 && COMPASS.has(n.name)) n.scores.place += 1;
}
