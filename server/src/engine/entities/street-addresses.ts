// A name in a street address is the street (a place), not the person it is named after.
//   "1214 Anderson Ave", "317 S Detroit Ave.", "at 319 S. Denver (downtown)"  → place
//   "along Tatum Blvd" is a place already (Blvd ends the name); "Anderson Ave" has "Ave" cut off the name
// Not: "in 1996 Clinton won" (a year is no house number), "killed 12 Marines" (a number needs a compass letter
// opening the name or a street abbreviation after it).
import type { NamedRun } from './candidate-kit';

const STREET_ABBREV = /^(?:Ave|Ave\.|Av\.|St|St\.|Rd|Rd\.|Blvd|Blvd\.|Dr|Dr\.|Ln|Ln\.|Pl|Pl\.|Ct|Ct\.|Hwy|Pkwy|Sq|Terr?)$/;
const COMPASS_LETTER = /^(?:N|S|E|W|NE|NW|SE|SW)\.?$/;

/** "1214 Anderson Ave", "319 S. Denver": a house number before the name, with a compass letter or a street abbreviation. */
export function streetAddress(n: NamedRun): void {
  const { tokens, prevTok, texts, nextTok, scores } = n;
  const number = prevTok >= 0 && /^\d{1,5}$/.test(tokens[prevTok].text) && !/^(?:1[0-9]{3}|20[0-9]{2})$/.test(tokens[prevTok].text);
  const abbrevAfter = !!nextTok && STREET_ABBREV.test(nextTok.text);
  if ((number && (COMPASS_LETTER.test(texts[0]) || abbrevAfter)) || (abbrevAfter && nextTok!.text !== 'St.' && nextTok!.text !== 'St' && nextTok!.text !== 'Dr.' && nextTok!.text !== 'Dr')) {
    // "S." reads as an initial (a person's evidence): the compass letter outweighs it
    scores.place += COMPASS_LETTER.test(texts[0]) ? 4 : 2.5;
    n.placeContext = true;
  }
}
