// Roles around a name make it a person.
//   "White House spokesman Jay Carney"              → person, role "White House spokesman"
//   "Vladimir Chizhov, Russia's emissary to the EU," → person, role "Russia's emissary to the EU"
import { appositiveRole, preNameRole } from './roles';
import { type NamedRun } from './candidate-kit';

/** A role word before the name or an appositive after it makes a person ("White House spokesman Jay Carney",
 * "Chizhov, Russia's emissary to the EU,"). */
export function roleScores(n: NamedRun): void {
  const { tokens, runEnd, info, titled, words, scores } = n;
  // Lowercase n.role right before the name: "White House spokesman Jay Carney".
  if (!titled) {
    const pre = preNameRole(tokens, words[0].i);
    if (pre) {
      n.role = pre;
      scores.person += 2;
    }
  }
  const appos = info.possessiveEnd ? null : appositiveRole(tokens, runEnd);
  if (appos && scores.organization < 2 && scores.place < 2) {
    n.role = n.role ? n.role : appos;
    if (n.role !== appos) n.role = n.role + '; ' + appos;
    scores.person += 1.5;
  }
}
