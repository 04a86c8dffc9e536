// Category nouns: when the text says what a name is, that decides its type for the whole document.
//   "Coron is a first-class municipality in Palawan"      → Coron is a place (everywhere in the text)
//   "Cleveland is a culturally diverse city on the shores" → place, though Cleveland is also a surname
//   "Faaborg, a small town on Funen, …"                    → place
//   "Fort Lee is located between Paramus and …"            → place ("is located near", "lies on")
//   "Coron is in the province of Palawan", "the islands Grande Terre and …" → place
//   "Kelva is a group of more than 40 islands"              → place
//   "just west of Broadway", "South of Rockridge", "along Broadway", "the outskirts of Oakland" → place
//   "Gilmore Girls, the WB series, …"                       → other (a work)
//   "the film Calling the Shots", "the novel Nexus"         → other
//   "Cyclone Phailin", "Hurricane Sandy"                    → other (an event), and "Phailin" after it
//   "Siwu, a Kwa language spoken in Ghana"                  → other
//   "Figure 1", "Wave 4", "Factor 1", "Title IV" (numbered parts of a study or a law) → other
//   "Leap Year (2010)", "Analytic Syntax (1937)" (a title and its year; not a person's) → other
//   "Magna, the car parts company, …"                       → organization
// Not: "Smith, a city official" or "Jordan, the state's lawyer" (the noun must end its noun phrase),
// nor "Pike, a lawyer for the firm" (only modifiers may come between the article and the noun).
import type { EntityType } from '../types';
import type { Mention } from './cluster';
import { keyOf } from './lexicon';
import { isLanguageOrDoctrine } from './language-names';
import { isAirportCode, isNumberedSitePart } from './facility-names';
import { isCraftName, isEventWord } from './craft-and-events';
import { isArticleTitle } from './article-titles';
import { isTitledWork } from './work-cues';
import { isQuotedTitle } from './quoted-titles';
import { calledType } from './called-names';
import { isSpaceCode, wordBefore } from './word-before';
import { memo } from './memo';

const PLACE = 'city|town|village|hamlet|suburb|neighbou?rhood|district|borough|county|province|region|country|nation|island|islands|archipelago|peninsula|river|lake|mountain|valley|desert|bay|coast|port|capital|municipality|metropolis|resort|seaport|commune|prefecture|canton|emirate|kingdom';
const ORG = 'company|firm|corporation|conglomerate|bank|band|party|agency|university|college|charity|organi[sz]ation|airline|newspaper|broadcaster|carmaker|automaker|retailer|manufacturer|publisher|label|club|ministry|court|council|committee|union|federation|institute|foundation|museum|hospital';
const OTHER = 'film|movie|novel|book|album|song|single|opera|musical|series|sitcom|show|video game|game|festival|tournament|championship|competition|war|battle|storm|hurricane|cyclone|typhoon|language|religion|software|app|browser|operating system|console|satellite|spacecraft|capsule|probe|rover|telescope|ship|vessel|submarine|website|painting|symphony|concerto|poem|play';

const TYPE_OF: [RegExp, EntityType][] = [
  [new RegExp(`^(?:${PLACE})$`), 'place'],
  [new RegExp(`^(?:${ORG})$`), 'organization'],
  [new RegExp(`^(?:${OTHER})$`), 'other'],
];
const ALL = `${PLACE}|${ORG}|${OTHER}`;

// Words that may follow the category noun when it ends its noun phrase.
const END = String.raw`(?=\s*(?:[,.;:)(\u2014\u2013]|$)|\s+(?:in|on|of|at|near|that|which|where|whose|with|known|located|founded|based|by|from|for|off|north|south|east|west|best|famous|and|spoken|written)\b)`;
// "X is a (small, historic) city …", "X, a city …", "X, the WB series, …"
const AFTER = new RegExp(
  String.raw`^(?:['’]s)?(?:\s*,\s*|\s+(?:is|was|are|were|remains|became|has become|had been|has been)\s+)(?:a|an|the|one of the(?: \w+)?)\s+(?:(?!(?:for|of|in|on|at|with|to|by|from|and|or|the|a|an|who|that)\s)[\p{L}\d'’-]+\s+){0,3}?(${ALL})s?${END}`,
  'u',
);
// "X is located near …", "X lies on …": a place. Not "X was in Paris" (people travel).
const LOCATED = new RegExp(String.raw`^\s+(?:(?:(?:is|are)\s+(?:located|situated)|lies|sits)\s+(?:in|on|near|off|between)\s+(?:the\s+)?\p{Lu}|is\s+in\s+the\s+(?:${PLACE})\s+of\s)`, 'u');
// "X is a group of more than 50 islands", "X, a chain of volcanic islands": a group of places is a place.
const GROUP_OF = new RegExp(String.raw`^(?:\s*,\s*|\s+(?:is|are|was|were)\s+)(?:a|an|the)\s+(?:group|chain|string|cluster|collection)\s+of\s+(?:[\p{L}\d-]+\s+){0,4}?(?:islands|islets|atolls|villages|towns|lakes|mountains|peaks)\b`, 'u');
// "the islands X", "the village X": a place noun directly before the name.
const PLACE_BEFORE = /\bthe\s+(?:island|islands|village|town|city|province|region|river|district|municipality|suburb)\s+$/;
const PLACE_NOUNS = new Set(['island', 'islands', 'village', 'town', 'city', 'province', 'region', 'river', 'district', 'municipality', 'suburb']);
// "just west of Broadway", "South of Rockridge", "along Broadway", "the outskirts of Oakland": where a place is.
const WHERE_BEFORE = /(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|\balong|\bthe\s+(?:outskirts|suburbs|centre|center|heart|shores|banks|coast|edge|border|borders|streets)\s+of)\s+(?:the\s+)?$/i;
// "the film X", "the TV series X": the category noun directly before the name.
const BEFORE = new RegExp(String.raw`\b(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(${OTHER})\s+$`, 'u');
// The last words of OTHER's nouns ("video game" ends in "game").
const OTHER_LAST = new Set(OTHER.split('|').map((n) => n.split(' ').pop()!));
// Parts of a study, a text or a law, numbered: "Figure 1", "Wave 4", "Factor 1", "Title IV" are not organizations.
const NUMBERED = /^(?:Figure|Fig|Table|Wave|Listing|Extract|Chapter|Section|Phase|Stage|Appendix|Example|Experiment|Study|Volume|Part|Factor|Title|Article|Clause|Rule|Step|Question|Item|Exhibit|Paragraph|Footnote)$/;
// Its number: digits, or a Roman numeral as laws and books write them ("Title IV", "Chapter XI").
const PART_NUMBER = /^\.?\s*(?:\d|[IVXL]+\b)/;
// A year in brackets right after a name dates a work: "Leap Year (2010)". People get two years or "born".
const WORK_YEAR = /^\s*\((?:1[5-9]|20)\d\d\)/;
// Storms are named events: "Cyclone Phailin".
const STORM = /^(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Storm|Superstorm)\s/;
const STORM_BEFORE = /\b(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Superstorm)\s+$/;

function typeOfNoun(noun: string): EntityType | null {
  const n = noun.toLowerCase().replace(/s$/, '');
  for (const [re, t] of TYPE_OF) if (re.test(n) || re.test(noun.toLowerCase())) return t;
  return null;
}

/** The type a mention's own sentence gives it by a category noun, or null. */
export function categoryOf(text: string, m: { start: number; end: number; name: string }): EntityType | null {
  if (STORM.test(m.name) || STORM_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return 'other';
  // (the first word without splitting the whole name: this runs for every mention)
  const space = m.name.indexOf(' ');
  if (NUMBERED.test(space < 0 ? m.name : m.name.slice(0, space))) {
    const rest = space < 0 ? [] : m.name.slice(space + 1).split(' ');
    if (rest.length ? rest.length === 1 && /^(?:[IVXL]+|\d+)$/.test(rest[0]) : PART_NUMBER.test(text.slice(m.end, m.end + 8))) return 'other';
  }
  if (isNumberedSitePart(m.name, text.slice(m.end, m.end + 8))) return 'place';
  if (isAirportCode(text.slice(Math.max(0, m.start - 8), m.start))) return 'place';
  if (isLanguageOrDoctrine(text, m)) return 'other';
  if (isCraftName(text, m) || isEventWord(m.name)) return 'other';
  if (isArticleTitle(text, m)) return 'other';
  if (isTitledWork(text, m)) return 'other';
  if (isQuotedTitle(text, m)) return 'other';
  const called = calledType(text, m);
  if (called) return called;
  // AFTER, LOCATED and GROUP_OF start with "'s", a comma or whitespace
  const next = text.charCodeAt(m.end);
  if (next === 0x27 || next === 0x2019 || next === 0x2c || isSpaceCode(next)) {
    const after = text.slice(m.end, m.end + 120);
    const a = AFTER.exec(after);
    if (a) return typeOfNoun(a[1]);
    if (LOCATED.test(after)) return 'place';
    if (GROUP_OF.test(after)) return 'place';
  }
  // The patterns before the name end in a word, whitespace, then the name: that word says which one can match
  // (WHERE_BEFORE's "\balong" may follow a bracket or a hyphen, so its word is tested by its ending).
  const last = wordBefore(text, m.start);
  if (PLACE_NOUNS.has(last) && PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return 'place';
  const lower = last.toLowerCase();
  if ((lower === 'of' || lower === 'the' || lower.endsWith('along')) && WHERE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return 'place';
  if (OTHER_LAST.has(last) && BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return 'other';
  return null;
}

/** Re-types every mention of a name whose category the document states (the most frequent statement wins). */
export function applyCategories(mentions: Mention[], text: string): Mention[] {
  const key = memo(keyOf);
  const votes = new Map<string, Map<EntityType, number>>();
  // A work is dated at half its mentions or more; a team's "(2012)" in a list of seasons is not (see WORK_YEAR).
  const dated = new Map<string, number>();
  const all = new Map<string, number>();
  for (const m of mentions) {
    const k = key(m.name);
    all.set(k, (all.get(k) ?? 0) + 1);
    if (m.type !== 'person' && m.type !== 'place' && WORK_YEAR.test(text.slice(m.end, m.end + 8))) dated.set(k, (dated.get(k) ?? 0) + 1);
  }
  for (const [k, n] of dated) if (2 * n >= all.get(k)!) votes.set(k, new Map([['other', n]]));
  for (const m of mentions) {
    if (dated.has(key(m.name)) && votes.has(key(m.name))) continue;
    const t = categoryOf(text, m);
    if (!t) continue;
    // "Cyclone Phailin" … "Phailin's winds": the storm's own name is the storm too.
    if (STORM.test(m.name)) votes.set(key(m.name.replace(STORM, '')), new Map([['other', 1]]));
    const k = key(m.name);
    const v = votes.get(k) ?? new Map<EntityType, number>();
    v.set(t, (v.get(t) ?? 0) + 1);
    votes.set(k, v);
  }
  if (!votes.size) return mentions;
  const decided = new Map<string, EntityType>();
  for (const [k, v] of votes) decided.set(k, [...v].sort((a, b) => b[1] - a[1])[0][0]);
  for (const m of mentions) {
    const t = decided.get(key(m.name));
    if (t) m.type = t;
  }
  return mentions;
}
