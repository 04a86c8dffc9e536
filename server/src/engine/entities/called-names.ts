// "a <kind of thing> called X": the noun before "called", "named", "titled" or "dubbed" says what X is.
//   "a cocktail drink called Bramble", "a project called FrameNet", "a pilot titled Young Sherlock" → other
//   "an Armenian Quarter called Jolfa", "a Maya city called T'ho"                                 → place
//   "a local nightclub named Bik Kreyol", "a start-up called Lumen"                              → organization
// Not: "the referee called Jansher's return good" (a person noun: calling is something people do),
// "General Motors today named Mary Barra" (no kind noun before the verb), "a cocktail called Santorum" when the
// text also names "Rick Santorum" (a thing named after a person: the name stays the person's elsewhere),
// "a story called Thad's Day" (a possessive: the title is longer than the name).
import type { EntityType } from '../types';
import { firstNameSet } from './lexicon';
import { wordBefore } from './word-before';

const NOUN_BEFORE = /\b([a-z]+)s?,?\s+(?:(?:is|was|are|were)\s+)?(?:called|named|titled|entitled|dubbed)\s+$/;
// NOUN_BEFORE's last word, after whitespace: the word before the name is one of these or it does not match.
const VERBS = new Set(['called', 'named', 'titled', 'entitled', 'dubbed']);
const KINDS: [RegExp, EntityType][] = [
  [/^(?:project|drink|cocktail|beverage|dish|toy|feature|part|chapter|pilot|programme|program|story|tool|app|game|song|album|film|movie|book|novel|show|series|play|poem|product|brand|model|software|system|language|technique|method|theory|initiative|campaign|festival|event|contest|competition|prize|award|operation|mission|exercise|storm|hurricane|ship|boat|vessel|aircraft|rocket|satellite|horse|dog|cat)$/, 'other'],
  [/^(?:quarter|city|town|village|hamlet|district|neighbou?rhood|suburb|area|region|province|state|county|island|street|road|avenue|square|river|lake|mountain|valley|bay|beach|park|place)$/, 'place'],
  [/^(?:company|firm|group|band|bar|nightclub|club|restaurant|cafe|shop|store|start-up|startup|charity|organi[sz]ation|party|agency|label|publisher|newspaper|magazine|website|team)$/, 'organization'],
];

/** The type that a kind noun before "called"/"named" gives the name after it, or null. */
export function calledType(text: string, m: { start: number; end: number; name: string }): EntityType | null {
  if (!VERBS.has(wordBefore(text, m.start))) return null;
  const n = NOUN_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!n || /^['’]s\b/.test(text.slice(m.end, m.end + 3))) return null;
  const kind = KINDS.find(([re]) => re.test(n[1]))?.[1] ?? null;
  return kind === 'other' && namedAfterPerson(text, m.name) ? null : kind;
}

/** True when the text also writes the name after a first name ("Rick Santorum"). */
function namedAfterPerson(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const f of text.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+)\s+${escaped}\b`, 'gu'))) if (firstNameSet.has(f[1])) return true;
  return false;
}
