// Per-block candidate mentions: capitalised word runs split into titles and names, typed with
// gazetteers, name shapes and context words. Pure in the block text, so memoised per block.
import type { EntityType } from '../types';
import {
  byKey,
  exact,
  firstNameSet,
  keyOf,
  ofHeads,
  orgHeads,
  otherHeads,
  particles,
  placeHeads,
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
import {
  FUNCTION_WORDS,
  HYPHEN_ORG,
  HYPHEN_PLACE,
  LEADING_DROP,
  NUMBER_WORDS,
  OPENERS,
  ORG_AFTER,
  ORG_BEFORE,
  ORG_STARTS,
  PERSON_AFTER,
  PLACE_AFTER,
  PLACE_BEFORE,
  PLACE_NOUNS,
  REPORT_VERBS,
  TEAM_AFTER,
  TEAM_BEFORE,
  TIME_WORDS,
} from './cues';

export interface Tok {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'punct' | 'symbol';
}

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

function gazetteer(name: string): GazetteerEntry | undefined {
  return exact.get(name) ?? (isAllCaps(name) ? byKey.get(keyOf(name)) : undefined);
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
  while (i < n) {
    const t = tokens[i];
    if (t.kind !== 'word' || !isCapLike(t.text) || noStart.has(t.text)) {
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
      if (!isCapLike(text)) {
        // joiners inside names: "Bank of England", "Ludwig van Beethoven", "Center for Strategic Studies"
        const lower = text;
        const prev = run.length ? run[run.length - 1].text : '';
        const next = j + 1 < n ? tokens[j + 1] : undefined;
        const next2 = j + 2 < n ? tokens[j + 2] : undefined;
        if (run.length && (lower === 'of' || lower === 'for') && ofHeads.has(prev) && next?.kind === 'word') {
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
      if (poss.possessive) {
        text = poss.base;
        run.push({ i: j, text, start: w.start, end: w.start + text.length });
        possessiveEnd = true;
        j++;
        break;
      }
      const tail = splitHyphenTail(text);
      if (tail && isCapLike(tail[0])) {
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
    while (run.length && !isCapLike(run[run.length - 1].text) && run[run.length - 1].text !== ')') run.pop();
    if (run.length) buildCandidates(tokens, run, i, j, { possessiveEnd, hyphenTail, bracketed }, out);
    i = Math.max(j, i + 1);
  }
}

interface RunInfo {
  possessiveEnd: boolean;
  hyphenTail: string | null;
  bracketed: boolean;
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
  if (!fullEntry && words.length > 1 && LEADING_DROP.has(words[0].text.toLowerCase()) && (initial || words[0].text === 'The')) {
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
      const firstName = firstNameSet.has(words[0].text) && !isCommon(words[1].text);
      if (isCommon(words[0].text) && !headed && !firstName && !known && !titleStarts(words) && !demonymOf.has(words[0].text) && (adverbial || personNext))
        words = words.slice(1);
      else break;
    }
  }
  // Single letters are not names on their own ("A sharp plunge", "N / A", "W D L"), nor are function words.
  if (words.every((w) => /^\p{L}$/u.test(w.text))) return;
  if (words.length === 1 && (LEADING_DROP.has(words[0].text.toLowerCase()) || FUNCTION_WORDS.has(words[0].text.toLowerCase()))) return;
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
    if (head?.type === 'place' && head.kind === 'country' && restEntry?.type === 'organization') {
      const scores = zero();
      scores.place += 3;
      out.push({ start: words[0].start, end: words[0].end, name: words[0].text, tokens: [words[0].text], scores, gazetteer: head.kind, group: head.group });
      words = words.slice(1);
    }
  }
  // "Australian Tom Moody": a nationality in front of a person is its own mention.
  const lead = exact.get(words[0].text);
  const restName = words.slice(1).map((w) => w.text).join(' ');
  if (
    !title &&
    words.length >= 2 &&
    (lead?.kind === 'demonym' || lead?.kind === 'other') &&
    !exact.has(restName) &&
    !words.some((w) => orgHeads.has(w.text) || placeHeads.has(w.text) || otherHeads.has(w.text)) &&
    (firstNameSet.has(words[1].text) || (words.length === 2 && isNameShaped(words[1].text)))
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
      if (orgHeads.has(words[k].text) && words.slice(k + 1).every((w) => isCapLike(w.text) && !noStart.has(w.text) && isCommon(w.text) && !orgHeads.has(w.text) && !ofHeads.has(w.text) && !placeHeads.has(w.text))) {
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
  if (!entry) {
    const soft = softByKey.get(keyOf(name));
    if (soft) scores[soft] += 1.5;
    if (surnameSet.has(keyOf(last)) && texts.length <= 3) scores.person += 0.5;
  }
  const multi = texts.length > 1;
  const hasOf = texts.includes('of') || texts.includes('for');
  if (!entry) {
    if (texts.some((w, k) => orgHeads.has(w) && (k > 0 || multi))) scores.organization += 2;
    if (multi && orgHeads.has(last) && !placeHeads.has(last)) scores.organization += 1;
    if (multi && ORG_STARTS.has(firstTok)) scores.organization += 2.5;
    if (multi && noStart.has(last) && !/^(Jr|Sr)\.?$/.test(last)) scores.organization += 2;
    if (hasOf && ofHeads.has(firstTok) && !placeHeads.has(firstTok)) scores.organization += 1;
    if (multi && placeHeads.has(last)) scores.place += 2.5;
    if (multi && (placeHeads.has(firstTok) && hasOf)) scores.place += 2.5;
    if (texts.some((w) => otherHeads.has(w)) && multi) scores.other += 2;
  }
  const nameShaped = texts.filter((w) => isNameShaped(w) || isInitial(w) || particles.has(w) || /^(al|el)-/.test(w)).length;
  // Name shapes say nothing about a name the gazetteer knows ("El Salvador", "Georgia").
  const known = entry !== undefined;
  if (firstNameSet.has(firstTok) && !known) {
    if (multi && isCapLike(texts[1])) scores.person += 2;
    else if (!multi) scores.person += 0.4;
  }
  if (multi && !known && nameShaped === texts.length && texts.length <= 4) scores.person += 1;
  if (multi && texts.some(isInitial) && !isInitial(last)) scores.person += 1.5;
  if (!entry && isAcronym(name)) scores.organization += 1.2;
  if (multi && !entry && isAcronym(last) && !isInitial(last)) scores.organization += 1.2;
  if (demonymOf.has(firstTok) && multi && !title) scores.organization += 0.5;
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
  if (ORG_AFTER.has(next)) scores.organization += 1.2;
  // "Magna said it would", "Kerry said he would"; "X, which" / "X, who"
  if (REPORT_VERBS.has(next) && !info.possessiveEnd) {
    for (let k = runEnd + 1; k < Math.min(tokens.length, runEnd + 4); k++) {
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
  const before = prev === ',' && prevTok >= 1 ? tokens[prevTok - 1].text.toLowerCase() : prev;
  if (ORG_BEFORE.has(before) && !title) scores.organization += 2;
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
    const score = !info.possessiveEnd && nextTok?.kind === 'word' && /^\d{1,3}(-\d{1,3})?$/.test(nextTok.text);
    if (score) scores.organization += 2.5;
    if (TEAM_BEFORE.has(prev) || TEAM_AFTER.has(next)) scores.organization += 1.5;
    team = score || TEAM_BEFORE.has(prev) || TEAM_AFTER.has(next);
  }
  if (!multi && /shire$/.test(name)) scores.place += 1;
  if (PLACE_AFTER.has(next) && scores.person < 2) scores.place += 0.8;
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
  if (!initial && texts.length === 1 && !title && !entry && !strong && isCommon(name) && !firstNameSet.has(name) && !role) cand.initial = true;
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
