// Gazetteers and word lists for the entity tagger, loaded once into Sets and Maps.
// Keys of the case-insensitive maps are lowercased with periods removed ("U.N." -> "un").
import countries from '../../data/countries.json';
import places from '../../data/places.json';
import regions from '../../data/regions.json';
import firstNames from '../../data/first-names.json';
import organizations from '../../data/organizations.json';
import agencies from '../../data/news-agencies.json';
import titles from '../../data/titles.json';
import compromiseLexicon from '../../data/compromise-lexicon.json';
import companyWords from '../../data/company-words.json';
import towns from '../../data/towns.json';
import airlines from '../../data/airlines.json';
import type { EntityType } from '../types';

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
export const fold = (s: string): string => (ASCII.test(s) ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

/** Lookup key: lowercase, no periods, curly apostrophes straightened, diacritics folded. */
export const keyOf = (s: string): string => {
  // Most words are plain ASCII without a period: their key is their lower case (one pass, no pattern).
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c < 0x80 && c !== 0x2e;
  }
  if (plain) return s.toLowerCase();
  const f = fold(s).toLowerCase();
  return f.includes('.') || f.includes('’') || f.includes('‘') ? f.replace(/\./g, '').replace(/[’‘]/g, "'") : f;
};

export interface GazetteerEntry {
  type: EntityType;
  /** The spelling as listed, for display when the text has it in capitals ("GENEVA" -> "Geneva"). */
  name: string;
  /** Group id: every spelling of one country shares it ("US", "United States", "USA"). */
  group?: string;
  /** Gazetteer source, for confidence. */
  kind: 'country' | 'city' | 'state' | 'region' | 'org' | 'agency' | 'demonym' | 'other';
}

/** Exact (case-sensitive) names -> entry, and key -> entry for headline/caps matching. */
export const exact = new Map<string, GazetteerEntry>();
export const byKey = new Map<string, GazetteerEntry>();
/** Longest gazetteer name, in tokens, for the n-gram scans. */
export let maxGazetteerTokens = 1;

function add(name: string, partial: Omit<GazetteerEntry, 'name'>): void {
  const entry: GazetteerEntry = { ...partial, name };
  if (!exact.has(name)) exact.set(name, entry);
  const k = keyOf(name);
  if (!byKey.has(k)) byKey.set(k, entry);
  const n = name.split(/\s+/).length;
  if (n > maxGazetteerTokens) maxGazetteerTokens = n;
}

// Order matters: the first source to claim a name wins.
for (const a of agencies.agencies) add(a, { type: 'organization', kind: 'agency' });
for (const o of organizations.names) add(o, { type: 'organization', kind: 'org' });
for (const o of airlines.names) add(o, { type: 'organization', kind: 'org' });
for (const row of countries.countries as string[][]) {
  const group = row[0];
  for (const n of row) add(n, { type: 'place', kind: 'country', group });
}
// Short and historical names that the country list lacks, tied to their country where obvious.
const countryAlias: Record<string, string> = {
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  'U.K.': 'United Kingdom',
  'U.S.': 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  Turkey: 'Türkiye',
  Holland: 'Netherlands',
  'Czech Republic': 'Czechia',
  Burma: 'Myanmar',
};
for (const [alias, group] of Object.entries(countryAlias)) add(alias, { type: 'place', kind: 'country', group });
for (const p of regions.places) add(p, { type: 'place', kind: 'region' });
for (const s of places.states) add(s, { type: 'place', kind: 'state' });
for (const c of places.cities) add(c, { type: 'place', kind: 'city' });
for (const [d, country] of Object.entries(countries.demonyms as Record<string, string>)) {
  // "Russian" and "Russians" are one entity
  add(d, { type: 'other', kind: 'demonym', group: 'demonym:' + country });
  add(d + 's', { type: 'other', kind: 'demonym', group: 'demonym:' + country });
}
for (const r of organizations.religionsAndIdeologies) add(r, { type: 'other', kind: 'other' });

/** Secondary, case-insensitive evidence from compromise's lexicon: key -> type. */
export const softByKey = new Map<string, EntityType>();
for (const o of compromiseLexicon.organizations) if (!byKey.has(o)) softByKey.set(o, 'organization');
for (const r of compromiseLexicon.regions) if (!byKey.has(r)) softByKey.set(r, 'place');
export const surnameSet = new Set<string>(compromiseLexicon.lastNames);

/** Demonym -> country name ("Russian" -> "Russia"). */
export const demonymOf = new Map<string, string>(Object.entries(countries.demonyms as Record<string, string>));

export { firstNameSet, commonSet } from '../word-lists';
/** First names given to 3,000+ US babies (SSA): "Jordan", "Charlotte" are people even though they are places. */
export const usCommonFirstNames = new Set<string>(firstNames.usCommon);
/** Words of company names that are not common words, first names or places ("Northrop", "Ericsson"). */
export const companyWordSet = new Set<string>(companyWords.words);
/** Towns of 5,000-99,999 people that are not common words or names: weak place evidence ("Roermond"). */
export const townSet = new Set<string>(towns.towns);

export const orgHeads = new Set<string>([...organizations.heads, ...organizations.industryHeads]);
/** Industry words that end company names ("Douglas Aircraft", "Bethlehem Steel"); words after them stay ("Energy Desk"). */
export const industryHeads = new Set<string>(organizations.industryHeads);
export const ofHeads = new Set<string>(organizations.ofHeads);
export const placeHeads = new Set<string>(organizations.placeHeads);
export const otherHeads = new Set<string>(organizations.otherHeads);

export const titleMap = new Map<string, string>(Object.entries(titles.titles as Record<string, string>));
export const maxTitleTokens = Math.max(...[...titleMap.keys()].map((t) => t.split(' ').length));
export const roleNouns = new Set<string>(titles.roleNouns);
export const roleModifiers = new Set<string>(titles.roleModifiers);

/** Words that are never names on their own, even capitalised mid-sentence. */
export const notNames = new Set<string>([
  'I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays', 'Weekdays', 'Weekends',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat',
  'AM', 'PM', 'A.M.', 'P.M.', 'GMT', 'EST', 'EDT', 'PST', 'UTC', 'BST', 'CET', 'OK', 'TV', 'Mr', 'Mrs', 'Ms', 'Dr',
  'No', 'Nos', 'God', 'GDP', 'GNP', 'CPI', 'PPI', 'PMI', 'IPO', 'CEO', 'CFO', 'COO', 'CTO', 'VAT', 'HIV', 'AIDS', 'DNA', 'PC',
  'MP', 'MPs', 'EPS', 'ATM', 'SUV', 'ET', 'PT', 'FM', 'RPM', 'CD', 'DVD', 'IQ', 'UFO', 'VIP', 'LCD', 'ID', 'H1', 'H2', 'NB',
  'PS', 'RIP', 'CEST', 'Fax', 'Tel', 'Chg', 'Pct', 'Wk', 'Yr', 'Vs', 'Ph.D.', 'PhD', 'Ave', 'Add', 'Scorers', 'Note', 'Notes',
  'Source', 'Sources', 'Update', 'Updated', 'Editing', 'Reporting', 'Writing', 'Additional', 'Photo', 'Video', 'Watch', 'Read', 'Oh', 'Yes', 'Pct', 'Q1', 'Q2', 'Q3', 'Q4',
  // hesitations in transcripts: "Uh, I was called by Matthew"
  'Uh', 'Um', 'Umm', 'Uhm', 'Erm', 'Hmm', 'Mhm', 'Yeah', 'Okay', 'Alright', 'Yep', 'Nope',
  // a pronoun with its verb contracted: "They've been here", "You're right"
  ...['I', 'You', 'We', 'They'].flatMap((p) => ['ve', 're', 'll', 'd', 'm'].flatMap((v) => [`${p}'${v}`, `${p}’${v}`])),
  // eras and currency codes (ISO 4217) are units, not names: "300 BC", "DKK 50", "USD 20"
  'BC', 'BCE', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'NZD', 'DKK', 'SEK', 'NOK', 'ISK', 'MXN', 'CUC', 'CUP',
  'Kr', 'Rs', 'INR', 'RUB', 'BRL', 'ZAR', 'HKD', 'SGD', 'KRW', 'PLN', 'CZK', 'HUF', 'ILS', 'AED', 'THB', 'IDR', 'MYR', 'TWD', 'ARS', 'CLP', 'COP', 'PEN', 'EGP', 'NGN', 'KES',
]);

/** Words that continue a name but never start one ("Magna International Inc", "John Smith Jr."). */
export const noStart = new Set<string>(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'LLC', 'Jr', 'Jr.', 'Sr', 'Sr.', 'AG', 'SA', 'NV', 'GmbH', 'Bhd', 'Pty', 'Bros', 'Bros.', 'SpA', 'S.p.A.', 'Oyj', 'ASA']);

export function isNotName(s: string): boolean {
  // "CDs", "CEOs": the plural of an abbreviation that is no name is none either.
  if (notNames.has(s)) return true;
  // (without its full stop; the plural test below needs a final "s")
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x2e) return notNames.has(s.slice(0, -1));
  return last === 0x73 && /^[A-Z]{2,}s$/.test(s) && notNames.has(s.slice(0, -1));
}

/** Lowercase name particles that may sit inside a person's name ("Ludwig van Beethoven"). */
export const particles = new Set<string>(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'zu', 'y', 'wa']);
