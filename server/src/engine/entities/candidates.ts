// Per-block candidate mentions: capitalised word runs split into titles and names, typed with
// gazetteers, name shapes and context words. Pure in the block text, so memoised per block.
import type { EntityType } from '../types';
import {
  byKey,
  companyWordSet,
  exact,
  firstNameSet,
  industryHeads,
  townSet,
  usCommonFirstNames,
  keyOf,
  ofHeads,
  orgHeads,
  otherHeads,
  particles,
  placeHeads,
  roleNouns,
  titleMap,
  demonymOf,
  noStart,
  softByKey,
  surnameSet,
  type GazetteerEntry,
} from './lexicon';
import {
  isAcronym,
  isAllCaps,
  isCapLike,
  isCommon,
  isInitial,
  isNameShaped,
  splitHyphenTail,
  stripPossessive,
  titleCase,
} from './shape';
import { appositiveRole, preNameRole, splitTitle } from './roles';
import { sentenceMode } from './headlines';
import type { Tok } from './tokens';
import {
  FUNCTION_WORDS,
  HYPHEN_ORG,
  HYPHEN_PLACE,
  LEADING_DROP,
  NUMBER_WORDS,
  OPENERS,
  ORG_AFTER,
  ORG_BEFORE,
  ORG_BEFORE_PAIRS,
  ORG_POSSESSED,
  PERSON_POSSESSED,
  ORG_STARTS,
  PERSON_AFTER,
  PLACE_AFTER,
  PLACE_BEFORE,
  PLACE_NOUNS,
  REPORT_VERBS,
  TEAM_AFTER,
  TEAM_BEFORE,
  TIME_WORDS,
  APPROX_WORDS,
  FACILITY_AFTER,
} from './cues';

export type Scores = Record<EntityType, number>;

export interface Candidate {
  /** Offsets relative to the block (shifted to the document later). */
  start: number;
  end: number;
  /** Name as written, without title or possessive; a bracketed first name is unwrapped. */
  name: string;
  tokens: string[];
  scores: Scores;
  role?: string;
  /** Gazetteer group (all spellings of one country share it). */
  group?: string;
  /** Gazetteer hit. */
  gazetteer?: GazetteerEntry['kind'];
  /** A lone common word at the start of a sentence: kept only with other evidence in the document. */
  initial?: boolean;
  /** Found in a headline/capitals line: kept only when the document or a gazetteer confirms it. */
  weak?: boolean;
  /** Sports-team context (followed by a score, "v X", "X beat"). */
  team?: boolean;
  /** Place context ("in X", "the town of X", "X-based"). */
  placeContext?: boolean;
}

/** A headline or all-capitals sentence, kept for document-level lookups. */
export interface WeakSentence {
  tokens: Tok[];
  caps: boolean;
}

export interface BlockEntities {
  candidates: Candidate[];
  weak: WeakSentence[];
}

const zero = (): Scores => ({ person: 0, organization: 0, place: 0, other: 0 });
const best = (s: Scores): EntityType =>
  (['person', 'organization', 'place', 'other'] as EntityType[]).reduce((a, b) => (s[b] > s[a] ? b : a), 'person');


interface Word {
  /** index into sentence tokens */
  i: number;
  text: string;
  start: number;
  end: number;
}

/** A first name that says "person": common in the US, or from the name lists and not also a common word,
 * place, company word or surname ("Northrop", "Port", "Sheffield" are weak). */
function plausibleFirstName(w: string): boolean {
  if (!firstNameSet.has(w)) return false;
  if (usCommonFirstNames.has(w)) return true;
  return !(isCommon(w) || exact.has(w) || companyWordSet.has(w) || surnameSet.has(w.toLowerCase()));
}

function gazetteer(name: string): GazetteerEntry | undefined {
  const hit = exact.get(name) ?? (isAllCaps(name) ? byKey.get(keyOf(name)) : undefined);
  if (hit) return hit;
  // "N. Korea", "S. Africa": a compass initial for North/South/East/West
  const m = /^([NSEW])\. (.+)$/.exec(name);
  if (m) return exact.get({ N: 'North', S: 'South', E: 'East', W: 'West' }[m[1]] + ' ' + m[2]);
  return undefined;
}

/** Candidates in one sentence of normal prose. */
function proseCandidates(tokens: Tok[], out: Candidate[], firstInBlock: boolean): void {
  const n = tokens.length;
  let i = 0;
  // Dateline: capitals at the start of a block followed by a dash, comma or bracket ("GENEVA - ").
  if (firstInBlock) {
    let j = 0;
    while (j < n && tokens[j].kind === 'word' && isAllCaps(tokens[j].text)) j++;
    const datelineWords = tokens.slice(0, j).map((t) => titleCase(t.text));
    const datelineEntry = exact.get(datelineWords.join(' '));
    // "GENEVA - ", but not "NOTE - " or "PRESS DIGEST - "
    if (j > 0 && j < n && j <= 3 && /^[-—–,(]$/.test(tokens[j].text) && (datelineEntry || !datelineWords.every((w) => isCommon(w)))) {
      const words = datelineWords;
      const name = words.join(' ');
      const entry = datelineEntry;
      const scores = zero();
      scores[entry?.type ?? 'place'] += 3;
      if (!entry || entry.type === 'place') scores.place += 2;
      out.push({ start: tokens[0].start, end: tokens[j - 1].end, name, tokens: words, scores, gazetteer: entry?.kind, group: entry?.group, placeContext: true });
      i = j;
    }
  }
  const from = out.length;
  proseRuns(tokens, out, i);
  if (n > 4) acronymNames(tokens, out, from);
  if (out.length - from >= 3) listTypes(tokens, out, from);
  if (out.length > from) quotedTitles(tokens, out, from);
}

const OPEN_QUOTE = /^[“"‘']$/;
const CLOSE_QUOTE = /^[”"’']$/;

/** "The Crying Game", "Lawrence of Arabia" in quotes: the title of a work is one named thing, not the names inside it. */
function quotedTitles(tokens: Tok[], out: Candidate[], from: number): void {
  for (let a = 0; a < tokens.length; a++) {
    if (!OPEN_QUOTE.test(tokens[a].text) || tokens[a + 1]?.kind !== 'word') continue;
    let b = a + 1;
    let joiners = 0;
    while (b < tokens.length && b - a <= 8 && tokens[b].kind === 'word' && (isCapLike(tokens[b].text) || /^(of|in|the|a|an|and|on|for|to|at)$/.test(tokens[b].text))) {
      if (!isCapLike(tokens[b].text)) joiners++;
      b++;
    }
    // the quote must close right after the capitalised words (a comma may sit inside: "The Knot,")
    const close = tokens[b]?.text === ',' || tokens[b]?.text === '.' ? b + 1 : b;
    if (b === a + 1 || !tokens[close] || !CLOSE_QUOTE.test(tokens[close].text)) continue;
    const first = tokens[a + 1].text;
    if (!(/^(The|A|An)$/.test(first) || joiners > 0) || !isCapLike(tokens[b - 1].text)) continue;
    const words = tokens.slice(a + 1, b).map((t) => t.text);
    // "The Wall Street Journal" in quotes is still the newspaper
    const bare = /^(The|A|An)$/.test(words[0]) ? words.slice(1) : words;
    if (exact.has(words.join(' ')) || exact.has(bare.join(' ')) || orgHeads.has(words[words.length - 1])) continue;
    const start = tokens[a + 1].start;
    const end = tokens[b - 1].end;
    for (let idx = out.length - 1; idx >= from; idx--) if (out[idx].start >= start && out[idx].end <= end) out.splice(idx, 1);
    const scores = zero();
    scores.other += 3;
    out.push({ start, end, name: words.join(' '), tokens: words, scores });
    a = b;
  }
}

/** "Magna, Johnson Controls and Lear": names in one list are of one kind. When every confidently typed member
 * of a list of three or more agrees, the doubtful members lean that way. */
function listTypes(tokens: Tok[], out: Candidate[], from: number): void {
  const startAt = new Map<number, number>();
  tokens.forEach((t, k) => startAt.set(t.start, k));
  const endAt = new Map<number, number>();
  tokens.forEach((t, k) => endAt.set(t.end, k));
  let list: Candidate[] = [];
  const flush = () => {
    if (list.length >= 3) {
      const votes = new Set<EntityType>();
      let count = 0;
      for (const c of list) {
        const t = best(c.scores);
        if (c.gazetteer || c.scores[t] >= 2) {
          votes.add(t);
          count++;
        }
      }
      // otherwise a clear majority of what the members lean to ("Given, Breen, Staunton, Irwin, …"), if nothing sure disagrees
      let type: EntityType | undefined = votes.size === 1 && count >= 2 ? [...votes][0] : undefined;
      if (!type && votes.size <= 1) {
        const lean = new Map<EntityType, number>();
        for (const c of list) lean.set(best(c.scores), (lean.get(best(c.scores)) ?? 0) + 1);
        for (const [t, k] of lean) if (k >= 3 && k * 2 > list.length && (votes.size === 0 || votes.has(t))) type = t;
      }
      if (type) {
        for (const c of list) if (!c.gazetteer && Math.max(c.scores.person, c.scores.organization, c.scores.place, c.scores.other) < 2) c.scores[type!] += 1.5;
      }
    }
    list = [];
  };
  for (let idx = from; idx < out.length; idx++) {
    const c = out[idx];
    const prev = list[list.length - 1];
    if (prev) {
      const a = endAt.get(prev.end);
      const b = startAt.get(c.start);
      const between = a !== undefined && b !== undefined ? tokens.slice(a + 1, b).map((t) => t.text).join(' ') : null;
      if (between === null || !/^(,|and|or|, and|, or)$/.test(between)) flush();
    }
    list.push(c);
  }
  flush();
}

/** "Jan Kroslak", "I. Healy": a word the lists keep from names ("Jan" the month, "I" the pronoun) opens a name
 * when a name-shaped word follows it. */
function nameStarter(tokens: Tok[], i: number): boolean {
  const t = tokens[i].text;
  if (t !== 'Jan' && t !== 'I.') return false;
  const next = tokens[i + 1];
  return next?.kind === 'word' && next.start <= tokens[i].end + 1 && isNameShaped(next.text);
}

function proseRuns(tokens: Tok[], out: Candidate[], i: number): void {
  const n = tokens.length;
  while (i < n) {
    const t = tokens[i];
    if (t.kind !== 'word' || ((!isCapLike(t.text) || noStart.has(t.text)) && !nameStarter(tokens, i))) {
      i++;
      continue;
    }
    const run: Word[] = [];
    let j = i;
    let possessiveEnd = false;
    let hyphenTail: string | null = null;
    let bracketed = false;
    while (j < n) {
      const w = tokens[j];
      if (w.kind !== 'word') {
        // "President (Barack) Obama": a bracketed first name inside a name
        if (w.text === '(' && run.length > 0 && j + 3 < n && tokens[j + 1].kind === 'word' && (firstNameSet.has(tokens[j + 1].text) || (isNameShaped(tokens[j + 1].text) && titleMap.has(run[run.length - 1].text))) && tokens[j + 2].text === ')' && tokens[j + 3].kind === 'word' && isCapLike(tokens[j + 3].text)) {
          bracketed = true;
          run.push({ i: j + 1, text: tokens[j + 1].text, start: tokens[j].start, end: tokens[j + 2].end });
          j += 3;
          continue;
        }
        if (w.text === '&' && run.length > 0 && j + 1 < n && isCapLike(tokens[j + 1].text)) {
          run.push({ i: j, text: '&', start: w.start, end: w.end });
          j++;
          continue;
        }
        break;
      }
      let text = w.text;
      if (j === i && nameStarter(tokens, j)) {
        run.push({ i: j, text, start: w.start, end: w.end });
        j++;
        continue;
      }
      // regnal number "I" after a monarch's name: "Queen Elizabeth I", "Pedro I (1798-1834)"; not "told John I was"
      if (text === 'I' && run.length && firstNameSet.has(run[run.length - 1].text)) {
        const after = tokens[j + 1];
        const royal = run.some((r) => ROYAL.has(r.text)) || ROYAL.has(tokens[run[0].i - 1]?.text ?? '');
        if (royal || !after || after.kind !== 'word' || /^\d/.test(after.text)) {
          run.push({ i: j, text, start: w.start, end: w.end });
          j++;
          break;
        }
      }
      if (!isCapLike(text)) {
        // joiners inside names: "Bank of England", "Ludwig van Beethoven", "Center for Strategic Studies"
        const lower = text;
        const prev = run.length ? run[run.length - 1].text : '';
        const next = j + 1 < n ? tokens[j + 1] : undefined;
        const next2 = j + 2 < n ? tokens[j + 2] : undefined;
        // "Ministry of Trade and Industry", "Organisation for Security and Cooperation": common words joined by
        // "and" inside the complement of an organisation head ("Bank of England and Barclays" stays two names)
        if (lower === 'and' && run.length >= 3 && next?.kind === 'word' && isCapLike(next.text) && isCommon(next.text) && !exact.has(next.text) && isCommon(prev) && !exact.has(prev) && inHeadComplement(run)) {
          run.push({ i: j, text, start: w.start, end: w.end });
          j++;
          continue;
        }
        // "Food and Drug Administration", "Test and County Cricket Board": a common word, "and", capitals ending in an organisation head
        if (lower === 'and' && run.length === 1 && isCommon(prev) && !exact.has(prev) && next?.kind === 'word' && isCapLike(next.text) && isCommon(next.text)) {
          let p = j + 1;
          while (p < n && p - j <= 4 && tokens[p].kind === 'word' && isCapLike(tokens[p].text)) p++;
          if (orgHeads.has(tokens[p - 1].text) && !placeHeads.has(tokens[p - 1].text)) {
            run.push({ i: j, text, start: w.start, end: w.end });
            j++;
            continue;
          }
        }
        // "Pacific Gas and Electric", "Southern California Light and Power": two utility words joined by "and"
        if (lower === 'and' && run.length >= 2 && !UTILITY_WORDS.has(run[0].text) && UTILITY_WORDS.has(prev) && next?.kind === 'word' && UTILITY_WORDS.has(next.text)) {
          run.push({ i: j, text, start: w.start, end: w.end });
          j++;
          continue;
        }
        // "Commission on Presidential Debates", "Council on Foreign Relations"
        if (run.length && lower === 'on' && ON_HEADS.has(prev) && next?.kind === 'word' && isCapLike(next.text)) {
          run.push({ i: j, text, start: w.start, end: w.end });
          j++;
          continue;
        }
        // "Gold Fields of South Africa Ltd", "First of Michigan Corp.": "of" inside a name that ends in a company designator
        if (run.length && run.length <= 3 && (run.length >= 2 || !(isCommon(run[0].text) && /s$/.test(run[0].text))) && !plausibleFirstName(run[0].text) && !titleMap.has(run[0].text) && lower === 'of' && next?.kind === 'word' && isCapLike(next.text)) {
          let p = j + 1;
          while (p < n && p - j <= 4 && tokens[p].kind === 'word' && isCapLike(tokens[p].text) && !noStart.has(tokens[p].text)) p++;
          if (p < n && p > j + 1 && noStart.has(tokens[p].text) && !/^(Jr|Sr)\.?$/.test(tokens[p].text)) {
            run.push({ i: j, text, start: w.start, end: w.end });
            j++;
            continue;
          }
        }
        // "Treaty of Baden", "War of the Spanish Succession", "Tour of the Netherlands": events and laws take "of" too
        if (run.length && (lower === 'of' || lower === 'for') && (ofHeads.has(prev) || (lower === 'of' && OTHER_OF_HEADS.has(prev))) && next?.kind === 'word') {
          if (isCapLike(next.text)) {
            run.push({ i: j, text, start: w.start, end: w.end });
            j++;
            continue;
          }
          if (next.text === 'the' && next2?.kind === 'word' && isCapLike(next2.text)) {
            run.push({ i: j, text, start: w.start, end: w.end });
            run.push({ i: j + 1, text: 'the', start: next.start, end: next.end });
            j += 2;
            continue;
          }
        }
        // name particles, also in chains: "Joost van der Westhuizen", "Maria de la Cruz"
        let p = j;
        while (p < n && p - j < 3 && tokens[p].kind === 'word' && particles.has(tokens[p].text)) p++;
        if (run.length && p > j && p < n && tokens[p].kind === 'word' && isCapLike(tokens[p].text) && !isAllCaps(prev)) {
          for (let q = j; q < p; q++) run.push({ i: q, text: tokens[q].text, start: tokens[q].start, end: tokens[q].end });
          j = p;
          continue;
        }
        break;
      }
      const poss = stripPossessive(text);
      // "Boatmen's Bancshares Inc.", "Toronto Bond Traders' Association": the possessive is inside the name
      const nextTok = tokens[j + 1];
      if (poss.possessive && nextTok?.kind === 'word' && COMPANY_TAILS.has(nextTok.text) && !plausibleFirstName(run[0]?.text ?? poss.base) && nextTok.start === w.end + 1) {
        run.push({ i: j, text, start: w.start, end: w.end });
        j++;
        continue;
      }
      if (poss.possessive) {
        text = poss.base;
        run.push({ i: j, text, start: w.start, end: w.start + text.length });
        possessiveEnd = true;
        j++;
        break;
      }
      const tail = splitHyphenTail(text);
      // Korean and Chinese given names keep their second syllable: "Kim In-so", "Li Song-ho", "Chen Chun-yeh"
      const givenName = tail && run.length > 0 && /^\p{Lu}\p{Ll}{0,4}$/u.test(tail[0]) && /^\p{Ll}{1,4}$/u.test(tail[1]) && !ENGLISH_TAILS.has(tail[1]);
      if (tail && isCapLike(tail[0]) && !givenName) {
        run.push({ i: j, text: tail[0], start: w.start, end: w.start + tail[0].length });
        hyphenTail = tail[1];
        j++;
        break;
      }
      run.push({ i: j, text, start: w.start, end: w.end });
      j++;
      // "Apple Inc. Steve Jobs": a company suffix ends the name
      if (noStart.has(text) && run.length > 1 && !/^(Jr|Sr)\.?$/.test(text)) break;
    }
    // CoNLL-style split possessive: "Kerry 's"
    if (!possessiveEnd && j + 1 < n && /^['’]$/.test(tokens[j].text) && tokens[j + 1].text === 's') possessiveEnd = true;
    // drop trailing joiners ("Bank of" at a break)
    while (run.length && !isCapLike(run[run.length - 1].text) && run[run.length - 1].text !== ')' && run[run.length - 1].text !== 'I') run.pop();
    if (run.length) buildCandidates(tokens, run, i, j, { possessiveEnd, hyphenTail, bracketed }, out);
    i = Math.max(j, i + 1);
  }
}

interface RunInfo {
  possessiveEnd: boolean;
  hyphenTail: string | null;
  bracketed: boolean;
}

/** Short English words after a hyphen ("Iran-led", "Bush-era"): not the syllable of a given name. */
const ENGLISH_TAILS = new Set(['led', 'run', 'era', 'like', 'wide', 'made', 'type', 'held', 'born', 'area', 'bred', 'free', 'only', 'size', 'rich', 'poor', 'hit', 'old', 'new', 'top', 'day', 'year', 'bid', 'ban', 'way', 'war', 'off', 'up', 'out', 'in', 'on', 'by', 'to', 'go', 'end', 'set', 'aid', 'law', 'tax', 'cut', 'pro', 'anti', 'owned', 'run', 'post', 'pre', 'ally', 'zone', 'base', 'told', 'said', 'wise', 'less', 'fold', 'odd', 'plus', 'area', 'side', 'based', 'for', 'and', 'the', 'a', 'an', 'of', 'at']);

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

const SURNAME_HEADS = new Set(['Press', 'Post', 'Church', 'Mills', 'Court', 'Chambers', 'House', 'Temple', 'Hall']);

const OTHER_OF_HEADS = new Set(['Treaty', 'War', 'Battle', 'Siege', 'Tour', 'Series', 'Declaration', 'Cup', 'Festival', 'Bill', 'Act', 'Charter', 'Convention', 'Protocol', 'Accord', 'Peace', 'Revolution', 'Massacre']);

const GROUP_NOUNS = new Set(['refugees', 'rebels', 'forces', 'troops', 'fighters', 'militia', 'militias', 'leaders', 'civilians', 'soldiers', 'guerrillas', 'villagers', 'community', 'communities', 'minority', 'majority', 'population', 'people', 'politicians', 'officials', 'nationalists', 'separatists', 'women', 'men', 'families', 'settlers', 'protesters']);

const COMPANY_TAILS = new Set(['Bancshares', 'Bancorp', 'Bancorporation', 'Association', 'Group', 'Holdings', 'Company', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'LLC', 'Club', 'Society', 'Federation', 'Organisation', 'Organization', 'Stores', 'Restaurants', 'Industries', 'Foods', 'Brewery', 'Bank']);
const PLACE_STARTS = new Set(['Mount', 'Mt.', 'Mt', 'Lake', 'Cape', 'Fort', 'Ft.', 'Isle', 'Mont', 'Monte']);

const PLAYER_ROLES = new Set(['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'fullback', 'full-back', 'skipper', 'captain', 'batsman', 'bowler', 'all-rounder', 'wicketkeeper', 'playmaker', 'pitcher', 'quarterback', 'coach', 'manager', 'chairman', 'scrum-half', 'fly-half', 'flanker', 'prop', 'hooker', 'centre', 'lock', 'guard', 'point-guard', 'shortstop', 'outfielder', 'catcher', 'rider', 'driver', 'teammate', 'team-mate']);

const COUNTRY_SURNAMES = new Set(['Jordan', 'Israel', 'Holland', 'France', 'England', 'Wales', 'Ireland', 'Scotland', 'Chad', 'Georgia', 'Cuba', 'Kenya', 'India', 'Brazil', 'Poland', 'Guinea', 'Niger', 'Mali', 'Togo', 'Peru', 'Jersey', 'Man']);

const ROYAL = new Set(['King', 'Queen', 'Emperor', 'Empress', 'Pope', 'Tsar', 'Czar', 'Tsarina', 'Sultan', 'Shah', 'Kaiser', 'Prince', 'Princess', 'Pharaoh']);

/** What utilities are named for ("Pacific Gas and Electric", "Light and Power", "Telephone and Telegraph"). */
const UTILITY_WORDS = new Set(['Gas', 'Electric', 'Light', 'Power', 'Water', 'Telephone', 'Telegraph', 'Steel', 'Coal', 'Iron', 'Oil', 'Heat']);
const ON_HEADS = new Set(['Commission', 'Committee', 'Subcommittee', 'Council', 'Conference', 'Panel', 'Center', 'Centre', 'Institute']);

/** The run has an organisation head followed by "of"/"for"/"on" ("Ministry of Trade ..."). */
function inHeadComplement(run: Word[]): boolean {
  for (let k = 1; k < run.length; k++) {
    const t = run[k].text;
    if ((t === 'of' || t === 'for' || t === 'on') && (ofHeads.has(run[k - 1].text) || ON_HEADS.has(run[k - 1].text)) && !titleMap.has(run[k - 1].text)) return true;
  }
  return false;
}

/** "State Law and Order Restoration Council (SLORC)": widen the name before a bracketed acronym over "and",
 * "of", "for", "in", "on" while the initials of its capitalised words spell the acronym. */
function acronymNames(tokens: Tok[], out: Candidate[], from: number): void {
  for (let a = 2; a + 2 < tokens.length; a++) {
    if (tokens[a].text !== '(' || tokens[a + 2].text !== ')' || !isAcronym(tokens[a + 1].text)) continue;
    const letters = tokens[a + 1].text.replace(/\./g, '').replace(/s$/, '');
    if (letters.length < 3) continue;
    let initials = '';
    let s = -1;
    for (let k = a - 1; k >= 0 && a - k <= 14; k--) {
      const t = tokens[k];
      if (t.kind !== 'word') break;
      if (/^(and|of|for|in|on|the|&)$/.test(t.text)) continue;
      if (!isCapLike(t.text)) break;
      initials = t.text[0].toUpperCase() + initials;
      if (initials === letters) {
        s = k;
        break;
      }
      if (!letters.endsWith(initials)) break;
    }
    if (s < 0) continue;
    // the name goes on to the left ("Rally for the Return of Refugees and Democracy in Rwanda (RDR)"): not its initials
    if (s >= 2 && /^(and|of|for|in|on|the)$/.test(tokens[s - 1].text) && tokens[s - 2].kind === 'word' && isCapLike(tokens[s - 2].text)) continue;
    const start = tokens[s].start;
    const end = tokens[a - 1].end;
    const inside = out.filter((c, idx) => idx >= from && c.start >= start && c.end <= end);
    // only worth it when the name was cut in pieces or shortened
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end) continue;
    if (inside.some((c) => c.role || best(c.scores) === 'person')) continue;
    for (let idx = out.length - 1; idx >= from; idx--) if (out[idx].start >= start && out[idx].end <= end) out.splice(idx, 1);
    const words = tokens.slice(s, a).map((t) => t.text);
    const scores = zero();
    scores.organization += 3;
    out.push({ start, end, name: words.join(' '), tokens: words, scores });
  }
}

function isSentenceInitial(tokens: Tok[], i: number): boolean {
  if (i === 0) return true;
  const t = tokens[i - 1];
  // a number or lowercase word that swallowed the full stop ("a lead of 82. By the close")
  if (t.kind === 'word' && /^(\d[\d,.]*|\p{Ll}{2,})\.$/u.test(t.text)) return true;
  // after an opening quote, bracket, colon or dash a capital says nothing about names
  // also after a full stop the sentence splitter kept inside ("lead of 233. After the ...")
  return t.kind !== 'word' && (OPENERS.has(t.text) || /^[“"‘'(\[:—–.!?-]+$/.test(t.text));
}


function buildCandidates(tokens: Tok[], run: Word[], runStart: number, runEnd: number, info: RunInfo, out: Candidate[]): void {
  let words = run;
  const initial = isSentenceInitial(tokens, runStart);
  const fullText = words.map((w) => w.text).join(' ');
  const fullEntry = exact.get(fullText);
  // "The United States", "But Sen. Dick Durbin": a leading function word is not part of the name.
  if (!fullEntry && words.length > 1 && LEADING_DROP.has(words[0].text.toLowerCase()) && (initial || words[0].text === 'The') && !exact.has(words[0].text + ' ' + words[1].text)) {
    words = words.slice(1);
  }
  // Sentence-initial common word in front of a name: "Still Ryan Crocker", "Analysts Kerry".
  if (initial && words === run && words.length > 1 && !fullEntry) {
    const last = words[words.length - 1].text;
    const headed = orgHeads.has(last) || placeHeads.has(last);
    // Only a word that would be capitalised anyway goes: an adverb, number or function word ("Still Ryan Crocker",
    // "Seven Iraqis"), or any common word in front of a first name or nationality. "East Fife", "Crystal Palace" stay.
    for (let k = 0; k < 2 && words.length > 1; k++) {
      const known = exact.has(words[0].text) || ORG_STARTS.has(words[0].text);
      const w0 = words[0].text.toLowerCase();
      const adverbial = LEADING_DROP.has(w0) || /ly$/.test(w0) || TIME_WORDS.has(w0) || NUMBER_WORDS.has(w0);
      const nextEntry = exact.get(words[1].text);
      const personNext = firstNameSet.has(words[1].text) || titleMap.has(words[1].text) || nextEntry?.kind === 'demonym' || nextEntry?.kind === 'other';
      const firstName = (firstNameSet.has(words[0].text) && !isCommon(words[1].text)) || usCommonFirstNames.has(words[0].text);
      if (isCommon(words[0].text) && !headed && !firstName && !known && !titleStarts(words) && !demonymOf.has(words[0].text) && (adverbial || personNext))
        words = words.slice(1);
      else break;
    }
  }
  // "Fullback Andre Joubert", "Broker Khurshid Alam": a role noun that opens the sentence is the role, not the name
  if (initial && words === run && words.length >= 3 && roleNouns.has(words[0].text.toLowerCase()) && !plausibleFirstName(words[0].text) && !exact.has(words[0].text) && firstNameSet.has(words[1].text) && !orgHeads.has(words[words.length - 1].text) && !placeHeads.has(words[words.length - 1].text) && !titleMap.has(words[0].text)) {
    words = words.slice(1);
  }
  // Single letters are not names on their own ("A sharp plunge", "N / A", "W D L"), nor are function words.
  if (words.every((w) => /^\p{L}$/u.test(w.text))) return;
  // table headings: "W D L PCT GB", "P W D L F A" — mostly single letters among short capitals
  if (words.length >= 3 && words.every((w) => /^\p{Lu}{1,3}$/u.test(w.text)) && words.filter((w) => w.text.length === 1).length * 2 >= words.length) return;
  if (words.length === 1 && (LEADING_DROP.has(words[0].text.toLowerCase()) || FUNCTION_WORDS.has(words[0].text.toLowerCase()))) return;
  // A title on its own ("Ford's Chief Executive Officer", "the Prime Minister") names no one here.
  if (!fullEntry && words.length > 1 && titleMap.has(words.map((w) => w.text).join(' '))) return;
  // "North American", "Latin American", "Southeast Asian": a nationality word, not a person or place
  if (words.length === 2 && /^(North|South|East|West|Latin|Central|Southeast|Southern|Northern|Eastern|Western)$/.test(words[0].text) && exact.get(words[1].text)?.kind === 'demonym') {
    const scores = zero();
    scores.other += 3;
    out.push({ start: words[0].start, end: words[1].end, name: words[0].text + ' ' + words[1].text, tokens: [words[0].text, words[1].text], scores });
    return;
  }
  const title = splitTitle(words);
  // A title with no name after it ("Director of Intelligence", "the Secretary of State") is not an entity.
  // "the Prime Minister of Singapore": the country or organisation after "of" is the mention.
  let titleLen = 0;
  for (let l = Math.min(3, words.length - 1); l >= 1 && !titleLen; l--)
    if (words[l].text === 'of' && titleMap.has(words.slice(0, l).map((w) => w.text).join(' '))) titleLen = l;
  if (!title && titleLen) {
    let k = titleLen + 1;
    if (words[k]?.text === 'the') k++;
    const rest = words.slice(k);
    if (rest.length && isCapLike(rest[0].text)) buildCandidates(tokens, rest, rest[0].i, runEnd, info, out);
    return;
  }
  let role: string | undefined;
  let person = 0;
  if (title) {
    role = title.role || undefined;
    if (title.prefix > 0) prefixMentions(words.slice(0, title.prefix), out);
    words = words.slice(title.count);
    person += 3;
  }
  if (!words.length) return;
  // "US Congress", "U.S. State Department": a country in front of a known organisation is its own mention.
  if (!title && words.length > 1 && !exact.has(words.map((w) => w.text).join(' '))) {
    const head = exact.get(words[0].text);
    const rest = words.slice(1).map((w) => w.text).join(' ');
    const restEntry = exact.get(rest);
    // also "UK RAF", "Chicago NAPM": a place before an acronym
    // ("Washington DC", "Portland, OR" keep a two-letter code with the place)
    // "U.S. Maggie McNeil" in a results line: the country, then the person
    const countryPerson = head?.kind === 'country' && words.length >= 3 && plausibleFirstName(words[1].text) && !restEntry;
    const placeAcronym = words.length === 2 && isAcronym(rest) && !restEntry && rest.replace(/\./g, '').length >= 3 && !isCommon(rest) && !byKey.has(keyOf(words[0].text + ' ' + rest));
    if (head?.type === 'place' && ((head.kind === 'country' && (restEntry?.type === 'organization' || restEntry?.kind === 'other')) || placeAcronym || countryPerson)) {
      const scores = zero();
      scores.place += head.kind === 'city' ? 2 : 3;
      out.push({ start: words[0].start, end: words[0].end, name: words[0].text, tokens: [words[0].text], scores, gazetteer: head.kind, group: head.group });
      words = words.slice(1);
    } else if (
      (head?.kind === 'demonym' || head?.kind === 'other') &&
      (restEntry?.type === 'organization' || restEntry?.type === 'place' || (words.length === 2 && isAcronym(rest)) || /^(?:\p{Lu}\p{Ll}+ )?Ministry$/u.test(rest)) &&
      // but "Scottish Labour Party", "Indonesian Democratic Party" are one name
      !/^(Party|Parties|Front|Movement|Church|League|Union|Army|Alliance|Congress)$/.test(words[words.length - 1].text)
    ) {
      // "Palestinian U.N. mission", "Jewish West Bank settlements", "German Foreign Ministry": the nationality is its own word
      const scores = zero();
      scores.other += 3;
      out.push({ start: words[0].start, end: words[0].end, name: words[0].text, tokens: [words[0].text], scores, gazetteer: head.kind, group: head.group });
      words = words.slice(1);
    } else if (words.length === 2 && /^(Northern|Southern|Eastern|Western|Central|Northeastern|Northwestern|Southeastern|Southwestern)$/.test(words[0].text) && exact.get(rest)?.kind === 'country') {
      // "Northern Iraq": the country, with a direction in front
      words = words.slice(1);
    }
  }
  // "Rwandan Hutu refugees", "Bosnian Serb forces": a nationality and a people before a group noun describe the group
  const lead = exact.get(words[0].text);
  if (!title && words.length === 2 && (lead?.kind === 'demonym' || lead?.kind === 'other') && !firstNameSet.has(words[1].text) && GROUP_NOUNS.has(tokens[runEnd]?.text ?? '')) {
    const scores = zero();
    scores.other += 3;
    out.push({ start: words[0].start, end: words[1].end, name: words[0].text + ' ' + words[1].text, tokens: [words[0].text, words[1].text], scores });
    return;
  }
  // "Australian Tom Moody": a nationality in front of a person is its own mention.
  const restName = words.slice(1).map((w) => w.text).join(' ');
  if (
    !title &&
    words.length >= 2 &&
    (lead?.kind === 'demonym' || lead?.kind === 'other') &&
    !exact.has(restName) &&
    !words.some((w) => orgHeads.has(w.text) || placeHeads.has(w.text) || otherHeads.has(w.text)) &&
    (firstNameSet.has(words[1].text) || (words.length === 2 && isNameShaped(words[1].text))) &&
    // "Christian Blanc": a common first name that is also a nationality or faith word stays the first name
    !(usCommonFirstNames.has(words[0].text) && !firstNameSet.has(words[1].text))
  ) {
    const d = exact.get(words[0].text)!;
    const scores = zero();
    scores.other += 3;
    out.push({ start: words[0].start, end: words[0].end, name: words[0].text, tokens: [words[0].text], scores, gazetteer: d.kind });
    words = words.slice(1);
  }
  // Strip trailing common nouns after an organisation head: "Armed Services Committee Hearing".
  if (!exact.has(words.map((w) => w.text).join(' '))) {
    for (let k = 0; k < words.length - 1; k++) {
      // ... but a head that opens the name keeps its words ("Radio Red", "Bank Austria")
      if (k === 0 && ORG_STARTS.has(words[0].text)) break;
      if (orgHeads.has(words[k].text) && !industryHeads.has(words[k].text) && words.slice(k + 1).every((w) => isCapLike(w.text) && !noStart.has(w.text) && isCommon(w.text) && !orgHeads.has(w.text) && !ofHeads.has(w.text) && !placeHeads.has(w.text))) {
        words = words.slice(0, k + 1);
        break;
      }
    }
  }
  const texts = words.map((w) => w.text);
  const name = texts.join(' ');
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const scores = zero();
  scores.person += person;
  const entry = gazetteer(name);
  let group: string | undefined;
  if (entry) {
    // Gazetteer hits are strong, but a title in front ("President Jordan") still makes a person.
    scores[entry.type] += entry.kind === 'city' ? 2 : 3;
    group = entry.group;
  }
  const last = texts[texts.length - 1];
  const firstTok = texts[0];
  // "Washington DC", "Portland OR": a place and its two-letter state or district code
  if (!entry && texts.length === 2 && exact.get(firstTok)?.type === 'place' && /^(?:\p{Lu}\.?){2}$/u.test(last)) scores.place += 3;
  if (!entry) {
    const soft = softByKey.get(keyOf(name));
    if (soft) scores[soft] += 1.5;
    if (surnameSet.has(keyOf(last)) && texts.length <= 3) scores.person += 0.5;
  }
  const multi = texts.length > 1;
  const hasOf = texts.includes('of') || texts.includes('for');
  // "Jim Press", "Emily Post": a common first name and a surname that is also an organisation word
  const surnameHead = texts.length === 2 && usCommonFirstNames.has(firstTok) && !exact.has(firstTok) && SURNAME_HEADS.has(texts[1]);
  if (!entry && !surnameHead) {
    if (texts.some((w, k) => orgHeads.has(w) && (k > 0 || multi))) scores.organization += 2;
    if (multi && orgHeads.has(last) && !placeHeads.has(last)) scores.organization += 1.2;
    if (multi && ORG_STARTS.has(firstTok)) scores.organization += 2.5;
    if (multi && noStart.has(last) && !/^(Jr|Sr)\.?$/.test(last)) scores.organization += 2;
    if (hasOf && ofHeads.has(firstTok) && !placeHeads.has(firstTok)) scores.organization += 1;
    // "Native Americans", "Bosnian Serbs": a people
    if (multi && exact.get(last)?.kind === 'demonym' && !plausibleFirstName(firstTok) && texts.length <= 3) scores.other += 2.5;
    // "Muslim-Americans", "Italian-Americans"
    if (!multi && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(name) && ['demonym', 'other'].includes(exact.get(name.split('-')[1])?.kind ?? '')) scores.other += 2.5;
    // "Bill of Rights", "Treaty of Versailles", "Siege of Sarajevo"
    if (texts[1] === 'of' && OTHER_OF_HEADS.has(firstTok)) scores.other += 3;
    if (multi && placeHeads.has(last)) scores.place += 2.5;
    // "Mt. Everest", "Lake Victoria", "Cape Town", "Fort Worth"
    if (multi && PLACE_STARTS.has(firstTok) && !title) scores.place += 2.5;
    if (multi && (placeHeads.has(firstTok) && hasOf)) scores.place += 2.5;
    if (texts.some((w) => otherHeads.has(w)) && multi) scores.other += 2;
    // "Porter Fire", "Ryder Cup": an event word ending the name outweighs a first name opening it
    if (multi && otherHeads.has(last)) scores.other += 1;
  }
  const nameShaped = texts.filter((w) => isNameShaped(w) || isInitial(w) || particles.has(w) || /^(al|el)-/.test(w)).length;
  // Name shapes say nothing about a name the gazetteer knows ("El Salvador", "Georgia").
  const known = entry !== undefined;
  const plausibleFirst = plausibleFirstName(firstTok);
  if (firstNameSet.has(firstTok) && !known) {
    if (multi && isCapLike(texts[1])) scores.person += plausibleFirst ? 2 : 0.8;
    else if (!multi) scores.person += 0.4;
  }
  // "Ford Australia", "Garuda Indonesia": a country after a name is a company's branch,
  // unless it is a common surname ("Michael Jordan", "Tom Holland")
  const lastEntry = exact.get(last);
  if (texts.length === 2 && !known && !title && lastEntry?.kind === 'country' && !COUNTRY_SURNAMES.has(last) && !isInitial(firstTok)) {
    scores.person -= 2;
    scores.organization += 1.5;
  }
  // "Northrop Grumman", "Lockheed Martin": a word of a company name without a common first name in front
  const companyish = !known && !plausibleFirst && texts.some((w) => companyWordSet.has(w) && !exact.has(w));
  if (companyish) scores.organization += 1.5;
  if (multi && !known && !companyish && nameShaped === texts.length && texts.length <= 4) scores.person += 1;
  if (multi && texts.some(isInitial) && !isInitial(last)) scores.person += 1.5;
  if (!entry && isAcronym(name)) scores.organization += 1.2;
  if (multi && !entry && isAcronym(last) && !isInitial(last)) scores.organization += 1.2;
  if (demonymOf.has(firstTok) && multi && !title) scores.organization += 0.5;
  // a town the main gazetteers lack ("Roermond", "Urus-Martan"): weak place evidence
  if (!entry && townSet.has(name) && !plausibleFirst) scores.place += multi ? 1.2 : 0.9;
  if (!multi && !entry && !isAcronym(name)) {
    // An unknown lone capitalised word: most often a surname in news text.
    scores.person += isNameShaped(name) ? 0.5 : 0.2;
    scores.organization += 0.4;
    scores.place += 0.3;
  }
  if (multi && !entry && scores.person === 0 && scores.organization === 0 && scores.place === 0 && scores.other === 0) {
    // Multi-word capitalised phrase with common words and no head: most often an organisation.
    scores.organization += texts.some((w) => isCommon(w)) ? 0.8 : 0.4;
    scores.person += nameShaped >= texts.length - 1 ? 0.6 : 0;
  }
  // Context.
  const personShaped = scores.person >= 1.5;
  const prevTok = words[0].i - 1;
  const prev = prevTok >= 0 ? tokens[prevTok].text.toLowerCase() : '';
  const nextTok = runEnd < tokens.length ? tokens[runEnd] : undefined;
  const next = nextTok?.kind === 'word' ? nextTok.text.toLowerCase() : '';
  let placeContext = false;
  if (PLACE_BEFORE[prev] && !title) {
    scores.place += PLACE_BEFORE[prev];
    placeContext = PLACE_BEFORE[prev] >= 0.6;
  }
  // "the town of Bistrita", "the province of Yunnan"
  if (prev === 'of' && prevTok >= 1 && PLACE_NOUNS.has(tokens[prevTok - 1].text.toLowerCase())) {
    scores.place += 2;
    placeContext = true;
  }
  // results lists: "Ato Boldon (Trinidad) 20.1": a lone name in brackets after a name is a country
  if (prev === '(' && nextTok?.text === ')' && prevTok >= 1 && tokens[prevTok - 1].kind === 'word' && isCapLike(tokens[prevTok - 1].text) && !multi && !isAcronym(name) && !entry)
    scores.place += 1.5;
  // results lists: "Tim Henman (Britain) beat ..."
  if (nextTok?.text === '(' && runEnd + 2 < tokens.length && tokens[runEnd + 2].text === ')' && exact.get(tokens[runEnd + 1].text)?.kind === 'country' && !entry) scores.person += 1.5;
  // "the Assad regime", "the Dole campaign" use a person's name as an attribute; "the X said" does not
  if (prev === 'the' && !title && !(nextTok?.kind === 'word' && /^\p{Ll}/u.test(nextTok.text))) {
    scores.person -= 1;
    scores.organization += 0.5;
  }
  if (PERSON_AFTER.has(next) && !info.possessiveEnd) {
    if (scores.organization < 2) scores.person += 1;
    else scores.organization += 0.5;
  }
  // (after a possessive only words that belong to a body count: "Hen Vipheak's newspaper" is his)
  if (ORG_AFTER.has(next) && (!info.possessiveEnd || ORG_POSSESSED.has(next))) scores.organization += 1.2;
  // "Britain's Sun newspaper", "Liberte newspaper said": a title before its medium is the publication
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
  if (prevTok >= 1 && !title && ORG_BEFORE_PAIRS.has(tokens[prevTok - 1].text.toLowerCase() + ' ' + prev)) scores.organization += 1.5;
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
  if (ORG_BEFORE.has(before) && !title && /^\p{Ll}/u.test(beforeTok.text)) scores.organization += 2;
  // "the Eagles", "the Democrats": a capitalised plural after "the" mid-sentence names a team or group
  if (prev === 'the' && !multi && !entry && !initial && /^\p{Lu}\p{Ll}+s$/u.test(name) && isCommon(name)) scores.organization += 2;
  // Sports: a side followed by its score or facing another side is a team ("Surrey 429-7", "v Kent").
  // "at Edgbaston, Birmingham", "Everett, Washington": a place right after a place
  const lastCand = out[out.length - 1];
  if (prev === ',' && prevTok >= 1 && lastCand && lastCand.end === tokens[prevTok - 1].end && (lastCand.placeContext || (lastCand.gazetteer && lastCand.gazetteer !== 'org' && lastCand.gazetteer !== 'agency' && best(lastCand.scores) === 'place'))) {
    scores.place += 1;
    placeContext = true;
  }
  // a venue heading: "Leicester: Leicestershire beat Somerset", "London (The Oval): ..."
  if (runStart === 0 && (next === '' && (nextTok?.text === ':' || (nextTok?.text === '(' && tokens.slice(runEnd).some((t) => t.text === ':'))))) {
    scores.place += 1;
    placeContext = true;
  }
  let team = false;
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
    team = score || TEAM_BEFORE.has(prev) || TEAM_AFTER.has(next);
  }
  if (!multi && /shire$/.test(name)) scores.place += 1;
  if (PLACE_AFTER.has(next) && scores.person < 2) scores.place += 0.8;
  // "Charles de Gaulle airport", "the Barvikha sanatorium": a name in front of a facility noun is the place
  if (FACILITY_AFTER.has(next) && !info.possessiveEnd && !entry) scores.place += Math.max(2, scores.person + 0.5);
  if (info.hyphenTail && HYPHEN_PLACE.has(info.hyphenTail)) {
    scores.place += 1.5;
    placeContext = true;
  }
  if (info.hyphenTail && HYPHEN_ORG.has(info.hyphenTail) && scores.place < 2) scores.organization += 0.5;
  if (info.bracketed) scores.person += 2;
  // Lowercase role right before the name: "White House spokesman Jay Carney".
  if (!title) {
    const pre = preNameRole(tokens, words[0].i);
    if (pre) {
      role = pre;
      scores.person += 2;
    }
  }
  const appos = info.possessiveEnd ? null : appositiveRole(tokens, runEnd);
  if (appos && scores.organization < 2 && scores.place < 2) {
    role = role ? role : appos;
    if (role !== appos) role = role + '; ' + appos;
    scores.person += 1.5;
  }
  // "Euro 96", "Expo 2000": a name and the year of the event, in running text, is the event
  const yearAfter = nextTok?.kind === 'word' && /^(9\d|0\d|19\d\d|20\d\d)$/.test(nextTok.text) && /^\p{Ll}/u.test(tokens[runEnd + 1]?.text ?? '');
  if (yearAfter && !entry && !info.possessiveEnd && texts.length <= 2 && scores.person < 2) {
    scores.other += 3;
    team = false;
  }
  const display = entry && isAllCaps(name) && !isAllCaps(entry.name) ? entry.name : name;
  const cand: Candidate = { start, end, name: display, tokens: texts, scores };
  if (role) cand.role = role;
  if (team) cand.team = true;
  if (placeContext) cand.placeContext = true;
  if (group) cand.group = group;
  if (entry) cand.gazetteer = entry.kind;
  // A capital at the start of a sentence proves nothing; acronyms and strong context do.
  const strong = Math.max(scores.person, scores.organization, scores.place, scores.other) >= 2 && (!isCommon(name) || team);
  if (initial && words[0] === run[0] && texts.length === 1 && !title && !isAllCaps(name) && !strong && (isCommon(name) || (!entry && !firstNameSet.has(name))))
    cand.initial = true;
  // A lone capitalised common word mid-sentence ("the Stadium court", "First test") needs support elsewhere.
  // ... unless its context is strong on its own ("Britain's Sun newspaper")
  const contextStrong = Math.max(scores.person, scores.organization, scores.place, scores.other) >= 2;
  if (!initial && texts.length === 1 && !title && !entry && !strong && !contextStrong && isCommon(name) && !firstNameSet.has(name) && !role) cand.initial = true;
  out.push(cand);
}

/** The organisation or country in front of a title: "Federal Reserve" in "Federal Reserve Governor Lawrence Lindsey". */
function prefixMentions(words: Word[], out: Candidate[]): void {
  let w = words;
  while (w.length && roleModifierCap(w[0].text)) w = w.slice(1);
  if (!w.length) return;
  const push = (ws: Word[], type: EntityType, entry?: GazetteerEntry) => {
    const texts = ws.map((x) => x.text);
    const scores = zero();
    scores[type] += entry ? 3 : 1.5;
    const cand: Candidate = { start: ws[0].start, end: ws[ws.length - 1].end, name: texts.join(' '), tokens: texts, scores };
    if (entry) {
      cand.gazetteer = entry.kind;
      if (entry.group) cand.group = entry.group;
    }
    out.push(cand);
  };
  const whole = exact.get(w.map((x) => x.text).join(' '));
  if (whole) return push(w, whole.type, whole);
  const head = exact.get(w[0].text);
  if (head && (head.kind === 'demonym' || head.kind === 'country') && w.length > 1) {
    push(w.slice(0, 1), head.type, head);
    w = w.slice(1);
    const rest = exact.get(w.map((x) => x.text).join(' '));
    return push(w, rest?.type ?? 'organization', rest);
  }
  if (w.length === 1 && isCommon(w[0].text) && !orgHeads.has(w[0].text)) return;
  // "Zairean Prime Minister": a nationality-shaped modifier names no body ("Morgan Stanley CEO" still does)
  const plain = (x: Word) => isCommon(x.text) || firstNameSet.has(x.text) || /^\p{Lu}\p{Ll}+(ean|ian|ese)$/u.test(x.text);
  const odd = (x: Word) => /^\p{Lu}\p{Ll}+(ean|ian|ese)$/u.test(x.text);
  if (w.every(plain) && w.some(odd) && !w.some((x) => orgHeads.has(x.text) || exact.has(x.text))) {
    if (/^\p{Lu}\p{Ll}+(ean|ian|ese)$/u.test(w[w.length - 1].text) && w.length === 1) push(w, 'other');
    return;
  }
  push(w, 'organization');
}

function roleModifierCap(s: string): boolean {
  return /^(Former|Deputy|Acting|Interim|Senior|Chief|Vice|Assistant|Associate|Then|Top|Ex)$/.test(s);
}

function titleStarts(words: Word[]): boolean {
  return splitTitle(words) !== null;
}

/** Candidates from one block's sentences (offsets relative to the block). */
export function blockCandidates(sentences: Tok[][], blockKind: string): BlockEntities {
  const candidates: Candidate[] = [];
  const weak: WeakSentence[] = [];
  sentences.forEach((tokens, k) => {
    const mode = sentenceMode(tokens, blockKind);
    if (mode === 'normal') proseCandidates(tokens, candidates, k === 0);
    else {
      // Datelines inside a capitals sentence ("LONDON 1996-08-30") are picked up by the gazetteer lookups.
      weak.push({ tokens, caps: mode === 'caps' });
    }
  });
  return { candidates, weak };
}
