// Holidays, festivals and periods of history are named times and events (type other), not people or bodies.
//   "at Thanksgiving", "during Ramadan", "the Hajj", "Chinese New Year"     → other (holidays and festivals)
//   "the Middle Ages", "the Bronze Age", "the Great Depression", "WWII"     → other (periods)
//   "Black History Month", "Comic-Con", "Magi-Fest"                          → other (named months, conventions, fests)
// Not: longer names that hold a festival word ("Advent International", "Passover Foods Inc"), "The Age" (a
// newspaper: one word), a name before "period" or "era" ("the Meiji period" but "the Obama era": no way to tell).
import data from '../../data/calendar-names.json';
import holidays from '../../data/holidays.json';
import type { NamedRun } from './candidate-kit';
import { exact } from './lexicon';

const NAMED_DAYS = new Set<string>([...data.festivals, ...holidays.holidays.flatMap((h) => h.names)]);
const PERIOD_ENDS = new Set<string>(data.periodEnds);
const PERIODS = new Set<string>(data.periods);

/** Other evidence for a holiday, a festival or a period of history. */
export function calendarName(n: NamedRun): void {
  const { texts, name, scores } = n;
  const last = texts[texts.length - 1];
  // "Chinese New Year", "Jewish Passover": a people's name before the day
  const bare = texts.length > 1 && exact.get(texts[0])?.kind === 'demonym' ? texts.slice(1).join(' ') : name;
  const fest = /\p{L}-(?:Con|Fest)$/u.test(last);
  if (NAMED_DAYS.has(name) || NAMED_DAYS.has(bare) || PERIODS.has(name) || (texts.length > 1 && PERIOD_ENDS.has(last)) || fest) {
    scores.other += 4;
  }
}
