// Sports: a side followed by its score or facing another side is a team.
//   "Surrey 429-7", "Kent v Essex", "Feyenoord beat Utrecht"  → teams (organization)
//   "Norwich striker Keith O'Neill"                          → "Norwich" a team
//   "c Healy b Fleming 44"                                   → people (a cricket scorecard)
// Not: "Around 100 miners", "London's FTSE 100", "Boeing 747"
import { firstNameSet } from './lexicon';
import { isAcronym, isCapLike } from './shape';
import { TEAM_AFTER, TEAM_BEFORE, APPROX_WORDS } from './cues';
import { type NamedRun } from './candidate-kit';

const PLAYER_ROLES = new Set(['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'fullback', 'full-back', 'skipper', 'captain', 'batsman', 'bowler', 'all-rounder', 'wicketkeeper', 'playmaker', 'pitcher', 'quarterback', 'coach', 'manager', 'chairman', 'scrum-half', 'fly-half', 'flanker', 'prop', 'hooker', 'centre', 'lock', 'guard', 'point-guard', 'shortstop', 'outfielder', 'catcher', 'rider', 'driver', 'teammate', 'team-mate']);

/** A side followed by its score, facing another side, or before a player's position is a team. */
export function teamScores(n: NamedRun): void {
  const { tokens, runEnd, info, name, entry, scores, prevTok, prev, nextTok, next, personShaped } = n;
  // cricket scorecards: "c Healy b Fleming 44", "Tillekeratne lbw b Fleming 1"
  if (/^(b|c|st|lbw)$/.test(prev)) scores.person += 2;
  if (!personShaped && !/^(b|c|st|lbw)$/.test(prev) && entry?.kind !== 'country' && entry?.kind !== 'region') {
    // not "Around 100 miners", "Net 415 million": an approximating word or an amount is no score
    const amount = /^(million|billion|trillion|mln|bln|pct|percent|per|%)$/i.test(tokens[runEnd + 1]?.text ?? '');
    // nor an index or product: "London's FTSE 100", "the DAX 30 index", "Boeing 747"
    const indexLike = isAcronym(name) && (/^\p{Ll}/u.test(tokens[runEnd + 1]?.text ?? '') || /['’]s?$/.test(tokens[prevTok]?.text ?? ''));
    const score = !info.possessiveEnd && nextTok?.kind === 'word' && /^\d{1,3}(-\d{1,3})?$/.test(nextTok.text) && !amount && !indexLike && !APPROX_WORDS.has(name.toLowerCase());
    if (score) scores.organization += 2.5;
    if (TEAM_BEFORE.has(prev) || TEAM_AFTER.has(next)) scores.organization += 1.5;
    // "Norwich striker Keith O'Neill", "Lancashire batsman Graham Lloyd": a club before a player's position and name
    if (!info.possessiveEnd && PLAYER_ROLES.has(next) && tokens[runEnd + 1]?.kind === 'word' && isCapLike(tokens[runEnd + 1].text) && firstNameSet.has(tokens[runEnd + 1].text)) scores.organization += 2.5;
    n.team = score || TEAM_BEFORE.has(prev) || TEAM_AFTER.has(next);
  }
}
