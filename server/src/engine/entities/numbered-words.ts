// Outside a sports report, a common word before a number or "v" is not a team: it numbers a thing.
//   "a Category 3 storm", "Tab 4 of our book", "Opus 1", "Case 22-506" → other, not an organization
//   "Born 23 January 1928", "Allow 4 - 7 days" (a heading or a sentence's first word before a number) → other
// Not: "Surrey 429-7" or "Kent v Essex" in a match report (sports-context.ts decides), nor "Boeing 747"
// (not a common word), nor names the gazetteers know, nor "Terminal 2" once typed a place (facility-names.ts).
import type { Mention } from './cluster';
import { isCommon } from './shape';

/** Re-types one-word common names that only the team cue made names, when the text is not about sport. */
export function numberedWords(mentions: Mention[], sportsReport: boolean): Mention[] {
  if (sportsReport) return mentions;
  for (const m of mentions) if (m.team && m.type !== 'place' && m.tokens.length === 1 && !m.gazetteer && !m.role && isCommon(m.name)) m.type = 'other';
  return mentions;
}
