// What the words around a name say about it.
//   "in Bistrita", "the town of Bistrita", "Bistrita-based"      → place
//   "shares of Magna", "Magna said it would", "airline Lufthansa" → organization
//   "Kerry's wife", "Kerry, who", "Kerry said he"                 → person
//   "the Barvikha sanatorium", "Charles de Gaulle airport"       → place
import { exact, roleNouns, titleMap } from './lexicon';
import { isAcronym, isCapLike, isCommon } from './shape';
import { HYPHEN_ORG, HYPHEN_PLACE, ORG_AFTER, ORG_BEFORE, ORG_BEFORE_PAIRS, ORG_POSSESSED, PERSON_POSSESSED, PERSON_AFTER, PLACE_AFTER, PLACE_BEFORE, PLACE_NOUNS, REPORT_VERBS, FACILITY_AFTER } from './cues';
import type { Tok } from './tokens';
import { best, type Candidate, type NamedRun } from './candidate-kit';

// PLACE_BEFORE as a Map: a plain object read with any word also answers for the names it inherits ("the
// constructor Smith" added a function to the place score), and a Map lookup is cheaper than a miss on an object.
const PLACE_BEFORE_SCORES = new Map(Object.entries(PLACE_BEFORE));
// The words that can end an ORG_BEFORE_PAIRS entry after one of its spaces: the word before the name must be one.
const PAIR_ENDS = new Set([...ORG_BEFORE_PAIRS].flatMap((p) => [...p.matchAll(/ /g)].map((m) => p.slice(m.index! + 1))));

const DESCRIBED_ORG = new Set(['company', 'firm', 'automaker', 'carmaker', 'maker', 'manufacturer', 'producer', 'airline', 'carrier', 'bank', 'lender', 'insurer', 'retailer', 'group', 'conglomerate', 'giant', 'operator', 'supplier', 'brewer', 'miner', 'publisher', 'broadcaster', 'network', 'newspaper', 'daily', 'weekly', 'magazine', 'agency', 'organisation', 'organization', 'charity', 'party', 'union', 'club', 'university', 'institute', 'exchange', 'regulator', 'subsidiary', 'division', 'consortium', 'startup', 'developer', 'chain', 'studio', 'label', 'airframer', 'distributor', 'exporter', 'importer', 'utility', 'watchdog', 'tabloid', 'website']);
const DESCRIBED_PLACE = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'county', 'island', 'port', 'capital', 'suburb', 'state', 'country', 'municipality', 'republic']);

/** What the name is said to be: "X, the world's largest automaker," / "X is a mining town" -> 'organization' / 'place'. */
function describedAs(tokens: Tok[], runEnd: number): 'organization' | 'place' | null {
  let k = runEnd;
  if (tokens[k]?.text === ',') k++;
  else if (/^(is|was|remains|became)$/.test(tokens[k]?.text ?? '')) k++;
  else return null;
  if (!/^(a|an|the)$/i.test(tokens[k]?.text ?? '')) return null;
  for (let n = 1; n <= 6 && k + n < tokens.length; n++) {
    const t = tokens[k + n];
    if (t.kind !== 'word') return null;
    const w = t.text.toLowerCase();
    if (roleNouns.has(w) || titleMap.has(t.text)) return null;
    if (/['’]s?$/.test(w)) continue;
    if (DESCRIBED_ORG.has(w)) return 'organization';
    if (DESCRIBED_PLACE.has(w)) return 'place';
    if (/^(of|who|which|that|and|or|in|on|at|to|for|with|by)$/.test(w)) return null;
  }
  return null;
}

/** The words around the name: place and organisation cues, possessives, descriptions, reporting verbs. */
export function contextScores(n: NamedRun, out: Candidate[]): void {
  const { tokens, runStart, runEnd, info, initial, titled, name, multi, entry, scores, prevTok, prev, nextTok, next } = n;
  const placeBefore = PLACE_BEFORE_SCORES.get(prev);
  if (placeBefore && !titled) {
    scores.place += placeBefore;
    n.placeContext = placeBefore >= 0.6;
  }
  // "the town of Bistrita", "the province of Yunnan"
  if (prev === 'of' && prevTok >= 1 && PLACE_NOUNS.has(tokens[prevTok - 1].text.toLowerCase())) {
    scores.place += 2;
    n.placeContext = true;
  }
  // results lists: "Ato Boldon (Trinidad) 20.1": a lone name in brackets after a name is a country
  if (prev === '(' && nextTok?.text === ')' && prevTok >= 1 && tokens[prevTok - 1].kind === 'word' && isCapLike(tokens[prevTok - 1].text) && !multi && !isAcronym(name) && !entry)
    scores.place += 1.5;
  // results lists: "Tim Henman (Britain) beat ..."
  if (nextTok?.text === '(' && runEnd + 2 < tokens.length && tokens[runEnd + 2].text === ')' && exact.get(tokens[runEnd + 1].text)?.kind === 'country' && !entry) scores.person += 1.5;
  // "the Assad regime", "the Dole campaign" use a person's name as an attribute; "the X said" does not
  if (prev === 'the' && !titled && !(nextTok?.kind === 'word' && /^\p{Ll}/u.test(nextTok.text))) {
    scores.person -= 1;
    scores.organization += 0.5;
  }
  if (PERSON_AFTER.has(next) && !info.possessiveEnd) {
    if (scores.organization < 2) scores.person += 1;
    else scores.organization += 0.5;
  }
  // (after a possessive only words that belong to a body count: "Hen Vipheak's newspaper" is his)
  if (ORG_AFTER.has(next) && (!info.possessiveEnd || ORG_POSSESSED.has(next))) scores.organization += 1.2;
  // "Britain's Sun newspaper", "Liberte newspaper said": a titled before its medium is the publication
  if (!info.possessiveEnd && /^(newspaper|newspapers|daily|weekly|magazine|tabloid|broadcaster|radio|television|news)$/.test(next) && !/^(news|radio|television)$/.test(name.toLowerCase())) scores.organization += 1;
  // "Ford's North American workforce" is a company's, "Holland's lawyer" a person's
  if (info.possessiveEnd) {
    let k = runEnd;
    if (tokens[k] && /^['’]$/.test(tokens[k].text) && tokens[k + 1]?.text === 's') k += 2;
    for (let n = 0; n < 3 && k + n < tokens.length && tokens[k + n].kind === 'word'; n++) {
      const w = tokens[k + n].text.toLowerCase();
      if (ORG_POSSESSED.has(w) || (w === 'chief' && /^(executive|financial|operating)$/i.test(tokens[k + n + 1]?.text ?? ''))) {
        scores.organization += 1.5;
        break;
      }
      if (PERSON_POSSESSED.has(w)) {
        scores.person += 1;
        break;
      }
    }
  }
  // "shares of X", "an analyst at X", "a spokesman for X"
  const described = info.possessiveEnd ? null : describedAs(tokens, runEnd);
  if (described === 'organization') scores.organization += 1.6;
  else if (described === 'place' && !entry) scores.place += 1.7;
  if (prevTok >= 1 && !titled && PAIR_ENDS.has(prev) && ORG_BEFORE_PAIRS.has(tokens[prevTok - 1].text.toLowerCase() + ' ' + prev)) scores.organization += 1.5;
  // "Magna said it would", "Kerry said he would"; "X, which" / "X, who"
  // "Magna said it would", "Magna has announced its", "Kerry will say he"
  const auxVerb = /^(has|have|had|will|would|is|was)$/.test(next) && /^\p{Ll}+(ed|s)$/u.test(tokens[runEnd + 1]?.text ?? '');
  if ((REPORT_VERBS.has(next) || auxVerb) && !info.possessiveEnd) {
    for (let k = runEnd + (auxVerb ? 2 : 1); k < Math.min(tokens.length, runEnd + (auxVerb ? 6 : 4)); k++) {
      const w = tokens[k].text.toLowerCase();
      if (w === 'it' || w === 'its') {
        scores.organization += 1.5;
        break;
      }
      if (w === 'he' || w === 'she' || w === 'his' || w === 'her') {
        scores.person += 1;
        break;
      }
    }
  }
  if (nextTok?.text === ',' && runEnd + 1 < tokens.length) {
    const w = tokens[runEnd + 1].text.toLowerCase();
    if (w === 'who') scores.person += 1;
    else if (w === 'which') scores.organization += 0.8;
  }
  // "German airline Lufthansa", "the Italian company, Fiat"
  const beforeTok = prev === ',' && prevTok >= 1 ? tokens[prevTok - 1] : tokens[prevTok];
  const before = beforeTok?.text.toLowerCase() ?? '';
  // a lowercase noun only: "Michigan National Bank, Detroit" is no "bank, X"
  if (!titled && ORG_BEFORE.has(before) && /^\p{Ll}/u.test(beforeTok.text)) scores.organization += 2;
  // "the Eagles", "the Democrats": a capitalised plural after "the" mid-sentence names a team or group
  if (prev === 'the' && !multi && !entry && !initial && /^\p{Lu}\p{Ll}+s$/u.test(name) && isCommon(name)) scores.organization += 2;
  // Sports: a side followed by its score or facing another side is a team ("Surrey 429-7", "v Kent").
  // "at Edgbaston, Birmingham", "Everett, Washington": a place right after a place
  const lastCand = out[out.length - 1];
  if (prev === ',' && prevTok >= 1 && lastCand && lastCand.end === tokens[prevTok - 1].end && (lastCand.placeContext || (lastCand.gazetteer && lastCand.gazetteer !== 'org' && lastCand.gazetteer !== 'agency' && best(lastCand.scores) === 'place'))) {
    scores.place += 1;
    n.placeContext = true;
  }
  // a venue heading: "Leicester: Leicestershire beat Somerset", "London (The Oval): ..."
  if (runStart === 0 && (next === '' && (nextTok?.text === ':' || (nextTok?.text === '(' && tokens.slice(runEnd).some((t) => t.text === ':'))))) {
    scores.place += 1;
    n.placeContext = true;
  }
}

/** Cues right after the name or in it: place and facility nouns, "-based"/"-owned", a bracketed first name. */
export function afterScores(n: NamedRun): void {
  const { info, name, multi, entry, scores, next } = n;
  if (!multi && /shire$/.test(name)) scores.place += 1;
  if (PLACE_AFTER.has(next) && scores.person < 2) scores.place += 0.8;
  // "Charles de Gaulle airport", "the Barvikha sanatorium": a name in front of a facility noun is the place
  if (FACILITY_AFTER.has(next) && !info.possessiveEnd && !entry) scores.place += Math.max(2, scores.person + 0.5);
  if (info.hyphenTail && HYPHEN_PLACE.has(info.hyphenTail)) {
    scores.place += 1.5;
    n.placeContext = true;
  }
  if (info.hyphenTail && HYPHEN_ORG.has(info.hyphenTail) && scores.place < 2) scores.organization += 0.5;
  if (info.bracketed) scores.person += 2;
}
