// Name runs: capitalised words with what joins them inside a name, cut where the name ends.
//   "Bank of England", "Ludwig van Beethoven", "Joost van der Westhuizen"  → one run each
//   "Ministry of Trade and Industry", "Pacific Gas and Electric"          → one run ("and" inside)
//   "President (Barack) Obama", "Queen Elizabeth I", "Kim In-so"           → one run
//   "Kerry's wife", "Iran-led talks", "Apple Inc. Steve Jobs"              → the run ends at "'s", "-led", "Inc."
import { exact, firstNameSet, noStart, ofHeads, orgHeads, particles, placeHeads, titleMap } from './lexicon';
import { isAllCaps, isCapLike, isCommon, isNameShaped, splitHyphenTail, stripPossessive } from './shape';
import type { Tok } from './tokens';
import { SENTENCE_OPENERS } from '../sentence-ends';
import { plausibleFirstName, swallowedStop, OTHER_OF_HEADS, type Word, type RunInfo } from './candidate-kit';

/** One run: its words, the index of its first token and the token after it. */
export interface NameRun {
  run: Word[];
  start: number;
  end: number;
  info: RunInfo;
}

/** Short English words after a hyphen ("Iran-led", "Bush-era"): not the syllable of a given name. */
const ENGLISH_TAILS = new Set(['led', 'run', 'era', 'like', 'wide', 'made', 'type', 'held', 'born', 'area', 'bred', 'free', 'only', 'size', 'rich', 'poor', 'hit', 'old', 'new', 'top', 'day', 'year', 'bid', 'ban', 'way', 'war', 'off', 'up', 'out', 'in', 'on', 'by', 'to', 'go', 'end', 'set', 'aid', 'law', 'tax', 'cut', 'pro', 'anti', 'owned', 'run', 'post', 'pre', 'ally', 'zone', 'base', 'told', 'said', 'wise', 'less', 'fold', 'odd', 'plus', 'area', 'side', 'based', 'for', 'and', 'the', 'a', 'an', 'of', 'at']);

const COMPANY_TAILS = new Set(['Bancshares', 'Bancorp', 'Bancorporation', 'Association', 'Group', 'Holdings', 'Company', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'LLC', 'Club', 'Society', 'Federation', 'Organisation', 'Organization', 'Stores', 'Restaurants', 'Industries', 'Foods', 'Brewery', 'Bank']);

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

/** "Jan Kroslak", "I. Healy": a word the lists keep from names ("Jan" the month, "I" the pronoun) opens a name
 * when a name-shaped word follows it. */
function nameStarter(tokens: Tok[], i: number): boolean {
  const t = tokens[i].text;
  if (t !== 'Jan' && t !== 'I.') return false;
  const next = tokens[i + 1];
  return next?.kind === 'word' && next.start <= tokens[i].end + 1 && isNameShaped(next.text);
}

/** The capitalised word runs of one sentence from token i on, each with where it starts and ends. */
export function nameRuns(tokens: Tok[], i: number): NameRun[] {
  const runs: NameRun[] = [];
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
      // "the U.S. He said": a sentence opener never continues a name after a full stop (sentence-ends.ts cuts most such
      // sentences; this catches the rest)
      if (run.length && run[run.length - 1].text.endsWith('.') && SENTENCE_OPENERS.has(text)) break;
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
      // "the Civil War. He went": the full stop ends the name and the sentence
      if (swallowedStop(text) && nextTok?.kind === 'word' && isCapLike(nextTok.text)) {
        run.push({ i: j, text: text.slice(0, -1), start: w.start, end: w.end - 1 });
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
    if (run.length) runs.push({ run, start: i, end: j, info: { possessiveEnd, hyphenTail, bracketed } });
    i = Math.max(j, i + 1);
  }
  return runs;
}
