// Visitor facilities and protected areas are places people go to, whatever body runs them.
//   "Jack Alter Community Center", "the City Hall Information Center", "Johnson Space Center" → place
//   "the Great Lakes Science Center", "Hill Street Visitors Center", "Orchard Shopping Centre" → place
//   "Henga Scenic Reserve", "Waipoua Nature Reserve", "Selous Game Reserve"                  → place
//   "Terminal 2", "Gate 10", "Building 31", "Pier 39" (a numbered part of a site)            → place
// Not: "Pew Research Center", "Simon Wiesenthal Center", "Center for Strategic Studies" (bodies: only the
// kinds of centre below make a place), "Federal Reserve" (only a landscape word before "Reserve").

const CENTER_KINDS = new Set(['Community', 'Visitor', 'Visitors', "Visitors'", 'Information', 'Science', 'Space', 'Shopping', 'Convention', 'Trade', 'Civic', 'Arts', 'Aquatic', 'Aquatics', 'Sports', 'Recreation', 'Nature', 'Heritage', 'Exhibition', 'Conference', 'Cultural', 'Garden', 'Discovery']);
const RESERVE_KINDS = new Set(['Scenic', 'Nature', 'Game', 'Wildlife', 'Marine', 'Forest', 'Biosphere', 'Natural', 'Wilderness']);
const NUMBERED_PARTS = /^(?:Terminal|Gate|Gates|Building|Platform|Pier|Hangar|Concourse)$/;

/** True when the name ends in a visitor facility or protected-area head ("Community Center", "Scenic Reserve"). */
export function isFacilityName(texts: string[]): boolean {
  if (texts.length < 2) return false;
  const last = texts[texts.length - 1];
  const before = texts[texts.length - 2];
  if (last === 'Center' || last === 'Centre') return CENTER_KINDS.has(before);
  return last === 'Reserve' && RESERVE_KINDS.has(before);
}

/** True for a numbered part of a site: the name is the part word and a number or letter follows it ("Terminal 2"). */
export function isNumberedSitePart(name: string, after: string): boolean {
  return NUMBERED_PARTS.test(name) && /^\s+(?:\d+|[A-Z])\b/.test(after);
}
