// Roles: titles in front of a name ("Sen.", "Russian Foreign Minister"), lowercase role words
// before a name ("White House spokesman Jay Carney") and appositives ("Chizhov, Russia's emissary to the EU,").
import { demonymOf, exact, firstNameSet, maxTitleTokens, orgHeads, placeHeads, roleModifiers, roleNouns, titleMap } from './lexicon';
import { isAcronym, isCapLike, isCommon, stripPossessive } from './shape';
import titles from '../../data/titles.json';
import { joinTexts, textsOf } from '../packed';

interface WordLike {
  text: string;
  start: number;
  end: number;
  i: number;
}
interface TokLike {
  text: string;
  start: number;
  end: number;
  kind: string;
}

const titleHeads = new Set<string>(titles.titleHeads);

/** Text of tokens [a, b) with single spaces where the source had gaps. */
export function joinTokens(tokens: TokLike[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    if (k > a && tokens[k].start > tokens[k - 1].end) s += ' ';
    s += tokens[k].text;
  }
  return s;
}

function prefixWordOk(w: string): boolean {
  // "German Defence Minister": a nationality is a prefix even when it is also a first name ("German", "Christian")
  if ((firstNameSet.has(w) && !demonymOf.has(w) && exact.get(w)?.kind !== 'other') || /^(the|but|and|or|a|an)$/i.test(w)) return false;
  // a nationality the lists lack has its shape ("Zairean", "Burundian")
  return isCommon(w) || demonymOf.has(w) || exact.has(w) || isAcronym(w.replace(/\./g, '')) || roleModifiers.has(w.toLowerCase()) || /^\p{Lu}\p{Ll}+(ean|ian|ese)$/u.test(w);
}

function nameRemainderOk(rest: WordLike[]): boolean {
  if (!rest.length) return false;
  const first = rest[0].text;
  if (first === 'of' || first === 'for' || first === '&' || orgHeads.has(first) || !isCapLike(first)) return false;
  const texts = textsOf(rest);
  if (texts.length > 1 && (orgHeads.has(texts[texts.length - 1]) || placeHeads.has(texts[texts.length - 1]))) return false;
  if (texts.length === 1 && (orgHeads.has(first) || placeHeads.has(first))) return false;
  if (texts.length > 1 && texts.every((t) => isCommon(t)) && !firstNameSet.has(first)) return false;
  // A country or organisation after a title is a modifier, not the person ("Foreign Minister of Russia").
  const whole = texts.join(' ');
  const entry = exact.get(whole);
  if (entry && entry.type !== 'person' && entry.kind !== 'city') return false;
  return true;
}

/** Split a leading title off a capitalised run; `count` words belong to the title. */
export function splitTitle(words: WordLike[]): { count: number; role: string; prefix: number } | null {
  // "St. Petersburg", "Saint Lucia": a known place whose first word is also a title
  if (exact.get(joinTexts(words))?.type === 'place') return null;
  const maxPrefix = Math.min(6, words.length - 2);
  let loose = false;
  for (let p = 0; p <= Math.max(0, maxPrefix); p++) {
    // Words in front of a title name its organisation or country ("Federal Reserve Governor", "Cofinec CEO");
    // unknown words are allowed only when a first name follows the title.
    if (p > 0 && !prefixWordOk(words[p - 1].text)) {
      if (!isCapLike(words[p - 1].text) || /^(the|but|and|or|a|an)$/i.test(words[p - 1].text)) break;
      loose = true;
    }
    for (let len = Math.min(maxTitleTokens, words.length - p - 1); len >= 1; len--) {
      const cand = joinTexts(words, p, p + len);
      if (!titleMap.has(cand)) continue;
      let q = p + len;
      // "Minister of Defence Ivan Petrov", "Secretary of Homeland Security Janet Napolitano"
      const lastTitleWord = words[q - 1].text;
      if (titleHeads.has(lastTitleWord) && words[q]?.text === 'of' && q + 2 < words.length) {
        let r = q + 1;
        if (words[r].text === 'the') r++;
        let k = r;
        // take cap words until a first name starts the remainder (at least one)
        while (k < words.length - 1 && (k === r || !firstNameSet.has(words[k].text)) && k - r < 3) k++;
        if (k > r && k < words.length) q = k;
      }
      // title chains: "General Director Ljubomir Acimovic", "Co-Premiers Prince Norodom Ranariddh"
      for (let more = true; more; ) {
        more = false;
        for (let l2 = Math.min(maxTitleTokens, words.length - q - 1); l2 >= 1; l2--) {
          const t2 = joinTexts(words, q, q + l2);
          if (titleMap.has(t2) && nameRemainderOk(words.slice(q + l2))) {
            q += l2;
            more = true;
            break;
          }
        }
      }
      const rest = words.slice(q);
      if (!nameRemainderOk(rest)) continue;
      if (loose && !firstNameSet.has(rest[0].text)) continue;
      const value = titleMap.get(cand) ?? '';
      const raw = joinTexts(words, 0, q);
      const role = p > 0 || q > p + len ? raw.replace(/^(Mr|Mrs|Ms|Dr)\.? /, '') : value;
      return { count: q, role, prefix: p };
    }
  }
  return null;
}

const STOP_BACK = new Set(['the', 'a', 'an', 'said', 'says', 'told', 'by', 'to', 'with', 'and', 'or', 'as', 'that', 'of']);

/** Role in lowercase right before a name: "White House spokesman", "State Department deputy spokeswoman". */
export function preNameRole(tokens: TokLike[], i: number): string | null {
  let k = i - 1;
  if (k < 0 || tokens[k].kind !== 'word') return null;
  const head = tokens[k].text;
  if (!roleNouns.has(head) || head !== head.toLowerCase() || head.endsWith('s') && roleNouns.has(head.slice(0, -1))) return null;
  let a = k;
  let steps = 0;
  for (k = k - 1; k >= 0 && steps < 6; k--, steps++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    const w = t.text;
    const lower = w.toLowerCase();
    if (STOP_BACK.has(w)) break;
    if (w === lower) {
      if (roleModifiers.has(lower) || roleNouns.has(lower)) {
        a = k;
        continue;
      }
      break;
    }
    // capitalised organisation or place words in front ("White House", "Russia’s")
    if (isCapLike(w) || stripPossessive(w).possessive) {
      a = k;
      continue;
    }
    break;
  }
  return joinTokens(tokens as TokLike[], a, i);
}

const APPOS_STOP = new Set(['said', 'says', 'told', 'tells', 'added', 'who', 'which', 'that', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'explained', 'argued', 'noted', 'warned', 'and']);
const DETERMINERS = new Set(['a', 'an', 'the']);

/** Appositive role after a name: ", a former U.S. ambassador to Syria," or ", Russia's emissary to the EU,". */
export function appositiveRole(tokens: TokLike[], runEnd: number): string | null {
  if (runEnd >= tokens.length || tokens[runEnd].text !== ',') return null;
  let a = runEnd + 1;
  if (a < tokens.length && DETERMINERS.has(tokens[a].text.toLowerCase())) a++;
  let hasRole = false;
  let b = a;
  for (let k = a; k < tokens.length && k - a < 16; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      if (/^[,;:.!?—–()“”"]$/.test(t.text)) break;
      b = k + 1;
      continue;
    }
    const w = t.text;
    if (APPOS_STOP.has(w) && k > a) {
      // "and" is fine inside "ambassador to Syria and other countries"
      if (w === 'and' && hasRole) {
        b = k + 1;
        continue;
      }
      break;
    }
    if (k - a < 7 && (roleNouns.has(w.toLowerCase()) || titleMap.has(w))) hasRole = true;
    if (!hasRole && k - a >= 7) break;
    b = k + 1;
  }
  if (!hasRole || b <= a) return null;
  // A list of people with titles, not an appositive: ", Secretary of Defense Charles Hagel and ..."
  for (let k = a; k + 1 < b; k++) {
    const w = tokens[k].text;
    const nx = tokens[k + 1].text;
    if (firstNameSet.has(w) && isCapLike(nx) && !isCommon(nx)) return null;
  }
  // trim trailing joiners
  while (b > a && /^(and|or|of|to|the|a|an|at|in)$/.test(tokens[b - 1].text)) b--;
  const first = tokens[a].text;
  // A list continues with another name, not a role: "Kerry, Lavrov and ..."
  if (a === runEnd + 1 && isCapLike(first) && !stripPossessive(first).possessive && !roleNouns.has(first.toLowerCase()) && !titleMap.has(first) && !roleModifiers.has(first.toLowerCase()) && !isCommon(first)) return null;
  return joinTokens(tokens, a, b);
}
