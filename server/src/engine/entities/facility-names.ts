// Visitor facilities and protected areas are places people go to, whatever body runs them.
//   "Jack Alter Community Center", "the City Hall Information Center", "Johnson Space Center" → place
//   "the Great Lakes Science Center", "Hill Street Visitors Center", "Orchard Shopping Centre" → place
//   "Henga Scenic Reserve", "Waipoua Nature Reserve", "Selous Game Reserve"                  → place
//   "Terminal 2", "Gate 10", "Building 31", "Pier 39" (a numbered part of a site)            → place
//   "the Guangzhou Opera House", "Platt's Music Hall", "the Anacapa Residential Hall"         → place
//   "US-412 West", "I-44 East", "Hwy 51", "Route 66" (roads by their number)                   → place
//   "(IATA: TUL)", "ICAO: KJFK" (an airport by its code)                                         → place
// Not: "Pew Research Center", "Simon Wiesenthal Center", "Center for Strategic Studies" (bodies: only the
// kinds of centre below make a place), "Federal Reserve" (only a landscape word before "Reserve").

const CENTER_KINDS = new Set(['Community', 'Visitor', 'Visitors', "Visitors'", 'Information', 'Science', 'Space', 'Shopping', 'Convention', 'Trade', 'Civic', 'Arts', 'Aquatic', 'Aquatics', 'Sports', 'Recreation', 'Nature', 'Heritage', 'Exhibition', 'Conference', 'Cultural', 'Garden', 'Discovery']);
const HOUSE_KINDS = new Set(['Opera', 'Light', 'Guest', 'Court', 'Meeting', 'Music', 'Concert', 'Residential', 'Dance', 'Exhibition', 'Memorial', 'Festival', 'Market', 'Beer', 'Coffee', 'Tea', 'Bath']);
const RESERVE_KINDS = new Set(['Scenic', 'Nature', 'Game', 'Wildlife', 'Marine', 'Forest', 'Biosphere', 'Natural', 'Wilderness']);
// "US-412", "I-44", "SR-51": a road's letters and number in one word (not "A-18", "M-16": aircraft, rifles)
const ROAD = /^(?:US|I|SR|SH|CR)-\d{1,3}$/;
const NUMBERED_PARTS = /^(?:Terminal|Gate|Gates|Building|Platform|Pier|Hangar|Concourse|Hwy|Highway|Route|Interstate)$/;

/** True when the name ends in a visitor facility or protected-area head ("Community Center", "Scenic Reserve"). */
export function isFacilityName(texts: string[]): boolean {
  if (texts.length < 2) return texts.length === 1 && ROAD.test(texts[0]);
  const last = texts[texts.length - 1];
  const before = texts[texts.length - 2];
  if (last === 'Center' || last === 'Centre') return CENTER_KINDS.has(before);
  if (last === 'House' || last === 'Hall') return HOUSE_KINDS.has(before);
  if (ROAD.test(texts[0]) && (texts.length === 1 || /^(?:North|South|East|West)$/.test(last))) return true;
  return last === 'Reserve' && RESERVE_KINDS.has(before);
}

/** True for a numbered part of a site: the name is the part word and a number or letter follows it ("Terminal 2"). */
export function isNumberedSitePart(name: string, after: string): boolean {
  return NUMBERED_PARTS.test(name) && /^\s+(?:\d+|[A-Z])\b/.test(after);
}

/** True for an airport code after its label: "(IATA: TUL)". */
export function isAirportCode(before: string): boolean {
  return /\b(?:IATA|ICAO)\s*:\s*$/.test(before);
}
