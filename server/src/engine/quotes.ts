// Quotation spans and their kind (direct / partial / scare); unbalanced marks become problems.
//
// One linear scan per prose block. Double quotes (curly or straight) pair up with a small depth
// counter so a nested “term” inside a quote does not end it; single quotes only count at the top
// level (headlines and British style), and an apostrophe test keeps Kerry’s, don’t, ’90s and
// rebels’ from opening or closing anything. A quote never runs past its block: when a paragraph
// opens a quote without closing it and the next paragraph opens again (the multi-paragraph
// convention), the quote is split into one piece per paragraph; otherwise the opening mark is
// reported as 'unclosed-quote' and the quote is bounded at the block end, or at a single mark that
// was typed to close it ("Mets Poet'.").
import type { Article, Block, Problem, Quote, QuoteKind } from './types';
import { PROSE_KINDS } from './parse';

const LETTER = /\p{L}/u;
const SPACE = /\s/;
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && LETTER.test(c));
const isDigit = (c: string) => c >= '0' && c <= '9';
const isAlnum = (c: string) => isLetter(c) || isDigit(c);
const isSpace = (c: string) => c === '' || c === ' ' || c === '\n' || (c < '!' || c > '~' ? SPACE.test(c) : false);
/** Characters after which a quotation mark opens: start, space, brackets, dashes, slashes. */
const opensAfter = (c: string) => isSpace(c) || '([{—–-/\u201C\u2018"\''.includes(c);
const DOUBLE_OPEN = '\u201C\u201E\u00AB'; // “ „ «
const DOUBLE_CLOSE = '\u201D\u00BB'; // ” »
const SINGLE_OPEN = '\u2018'; // ‘
const SINGLE_CLOSE_OR_APOS = '\u2019\''; // ’ '
/** Elisions that begin with an apostrophe ('em, 'til, 'cause, 'n', 'tis, 'twas, 'round). */
const ELISION = /^(em|til|cause|cos|n|tis|twas|round|bout|nuff|ya|im)\b/i;

type Dir = 'open' | 'close' | null;
/** Any quotation mark or apostrophe: the scan jumps from one to the next (most of a text has none). */
const MARK = new RegExp(`["${DOUBLE_OPEN}${DOUBLE_CLOSE}${SINGLE_OPEN}${SINGLE_CLOSE_OR_APOS}]`, 'g');
function nextMark(s: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.exec(s)?.index ?? -1;
}

/** Direction of a double quotation mark `c`, from the mark, its neighbours and the nesting depth. */
function doubleDir(c: string, prev: string, next: string, depth: number): Dir {
  const spaceBefore = opensAfter(prev);
  const spaceAfter = isSpace(next) || /[.,;:!?)\]}—–…-]/.test(next);
  if (DOUBLE_OPEN.includes(c)) {
    // A typo'd “ after a word and before a space is a closing mark.
    return !spaceBefore && spaceAfter && depth > 0 ? 'close' : 'open';
  }
  if (DOUBLE_CLOSE.includes(c)) {
    if (spaceBefore && !spaceAfter && depth === 0) return 'open'; // ”Word used as an opener
    return 'close';
  }
  // Straight ": decided by context, then by state.
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return depth > 0 ? 'close' : isDigit(prev) ? null : 'close';
  if (isDigit(prev)) return null; // 12" inches
  return depth > 0 ? 'close' : 'open';
}

/** Is the single mark at s[i] an apostrophe rather than a quotation mark? */
function isApostrophe(s: string, i: number): boolean {
  const prev = i > 0 ? s[i - 1] : '';
  const next = i + 1 < s.length ? s[i + 1] : '';
  if (isAlnum(prev) && isAlnum(next)) return true; // don’t, Kerry’s, rock’n’roll
  if (isDigit(next) && !isAlnum(prev)) {
    // ’90s, '08 — an apostrophe when digits follow and end a short year
    const m = /^\d{2}s?\b/.exec(s.slice(i + 1, i + 5));
    if (m) return true;
  }
  if (opensAfter(prev) && ELISION.test(s.slice(i + 1, i + 7))) return true;
  return false;
}

interface Piece {
  start: number;
  end: number;
}

interface BlockScan {
  pieces: Piece[];
  problems: Problem[];
  /** Start offset of a double quote still open at the block end (or -1). */
  openAt: number;
  /** End of the single mark that most likely closes that quote by a typo (or -1). */
  typoEnd: number;
}

/**
 * A single mark that reads as the closing mark of an open double quote: after a word or final
 * punctuation and before a space, punctuation or the end ("Mets Poet'. I never …"). After an s it
 * must be followed by punctuation, or "the rebels' leader" would end the quote.
 */
function closesDoubleByTypo(s: string, i: number): boolean {
  const prev = i > 0 ? s[i - 1] : '';
  const next = i + 1 < s.length ? s[i + 1] : '';
  if (!(isAlnum(prev) || /[.!?,]/.test(prev))) return false;
  const punctAfter = /[.,;:!?)\]]/.test(next);
  if (!(punctAfter || isSpace(next))) return false;
  return punctAfter || (prev !== 's' && prev !== 'S');
}

const unclosedProblem = (at: number): Problem => ({
  start: at,
  end: at + 1,
  severity: 'warning',
  code: 'unclosed-quote',
  message: 'Opening quotation mark is never closed in this paragraph.',
});

/** Does the block start with an opening double quotation mark? */
function opensWithQuote(text: string, block: Block): boolean {
  let i = block.start;
  while (i < block.end && /\s/.test(text[i])) i++;
  const c = text[i];
  return c !== undefined && (DOUBLE_OPEN.includes(c) || c === '"' || (DOUBLE_CLOSE.includes(c) && isLetter(text[i + 1] ?? '')));
}

function scanBlock(text: string, block: Block): BlockScan {
  const s = text.slice(block.start, block.end);
  const base = block.start;
  const pieces: Piece[] = [];
  const problems: Problem[] = [];
  let depth = 0;
  let openAt = -1;
  let singleAt = -1; // top-level single quote start (relative)
  // Inside one double quote: is a nested single quote open, and where a mistyped closing single
  // mark stood (a second opening double mark, or the block end, then shows the typo).
  let nestedSingle = false;
  let typoAt = -1;
  const singleCloses = closeFinder(s);
  for (let i = nextMark(s, 0); i >= 0; i = nextMark(s, i + 1)) {
    const c = s[i];
    // '' (two apostrophes) is a straight double quotation mark in some house styles (NYT).
    const twin = c === "'" && s[i + 1] === "'";
    if (c === '"' || twin || DOUBLE_OPEN.includes(c) || DOUBLE_CLOSE.includes(c)) {
      const w = twin ? 2 : 1;
      const dir = doubleDir(twin ? '"' : c, i > 0 ? s[i - 1] : '', s[i + w] ?? '', depth);
      if (twin) i++;
      if (dir === 'open' && depth === 0 && i >= w && s[i - w] === '=') {
        // href="…", datetime="…": an HTML or code attribute value, not a quotation
        const close = s.indexOf(twin ? "''" : c, i + 1);
        if (close > 0 && close - i < 300) {
          i = close + w - 1;
          continue;
        }
      }
      if (dir === 'open' && depth === 1 && typoAt >= 0) {
        // “Mets Poet’. … says “The Poet’: the first quote was closed by its single mark.
        pieces.push({ start: base + openAt, end: base + typoAt + 1 });
        problems.push(unclosedProblem(base + openAt));
        depth = 0;
      }
      if (dir === 'open') {
        if (depth === 0) {
          nestedSingle = false;
          typoAt = -1;
          openAt = i + 1 - w;
          singleAt = -1; // a single quote cannot straddle a double one
        }
        depth++;
      } else if (dir === 'close') {
        if (depth === 0) {
          problems.push({
            start: base + i + 1 - w,
            end: base + i + 1,
            severity: 'warning',
            code: 'unopened-quote',
            message: 'Closing quotation mark without an opening one.',
          });
          continue;
        }
        depth--;
        if (depth === 0) {
          pieces.push({ start: base + openAt, end: base + i + 1 });
          openAt = -1;
        }
      }
      continue;
    }
    if (depth > 0) {
      // single quotes inside double quotes are nested quotes: part of the outer one
      if (depth === 1 && typoAt < 0 && !isApostrophe(s, i)) {
        const prev = i > 0 ? s[i - 1] : '';
        if (c === SINGLE_OPEN || (opensAfter(prev) && isAlnum(s[i + 1] ?? ''))) nestedSingle = true;
        else if (nestedSingle) nestedSingle = false;
        else if (closesDoubleByTypo(s, i)) typoAt = i;
      }
      continue;
    }
    if (c === SINGLE_OPEN) {
      if (!isApostrophe(s, i)) singleAt = i;
      continue;
    }
    if (SINGLE_CLOSE_OR_APOS.includes(c)) {
      if (isApostrophe(s, i)) continue;
      const prev = i > 0 ? s[i - 1] : '';
      const next = i + 1 < s.length ? s[i + 1] : '';
      if (singleAt < 0) {
        // A straight ' before a word opens; ’ before a word is a (mistyped) elision or opener.
        if (opensAfter(prev) && isAlnum(next) && (c === "'" || singleCloses(i + 1))) singleAt = i;
        continue;
      }
      if (isAlnum(next) || opensAfter(prev)) continue;
      // rebels’ leaders: a plural possessive when another closing mark follows later in the block.
      if ((prev === 's' || prev === 'S') && singleCloses(i + 1)) continue;
      if (i - singleAt > 1) pieces.push({ start: base + singleAt, end: base + i + 1 });
      singleAt = -1;
    }
  }
  if (singleAt >= 0 && s[singleAt] === SINGLE_OPEN) {
    problems.push({
      start: base + singleAt,
      end: base + singleAt + 1,
      severity: 'warning',
      code: 'unclosed-quote',
      message: 'Opening quotation mark ‘ is never closed in this paragraph.',
    });
  }
  const open = depth > 0;
  return { pieces, problems, openAt: open ? base + openAt : -1, typoEnd: open && typoAt >= 0 ? base + typoAt + 1 : -1 };
}

/**
 * Is there a plausible closing single mark in s from index `from` (before the next opener)?
 * Queries come with increasing `from`, so the last answer is reused while `from` has not passed
 * it: the scan stays linear over the block.
 */
function closeFinder(s: string): (from: number) => boolean {
  let lastFrom = -1;
  let stop = -1; // index where the last scan stopped
  let found = false;
  return (from: number) => {
    if (from > lastFrom && from <= stop) return found;
    lastFrom = from;
    for (let j = from; j < s.length; j++) {
      const c = s[j];
      if (c === SINGLE_OPEN || c === '"' || DOUBLE_OPEN.includes(c)) {
        stop = j;
        return (found = false);
      }
      if (SINGLE_CLOSE_OR_APOS.includes(c) && !isApostrophe(s, j)) {
        const prev = s[j - 1] ?? '';
        const next = s[j + 1] ?? '';
        if (!opensAfter(prev) && !isAlnum(next)) {
          stop = j;
          return (found = true);
        }
      }
    }
    stop = s.length;
    return (found = false);
  };
}

/** Trim trailing white space from a piece bounded at a block end. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

const SMALL_WORDS = new Set('a an the of and or in on at to for with by from as vs de la le del y is'.split(' '));

/**
 * A quoted title or slogan ("Meet the Press.", "Make America Great Again", "Gang of Eight"):
 * every word capitalised except small words, at least two capitalised words, no question or
 * exclamation. Titles are named, not said, so they stay scare quotes.
 */
export function isTitleLike(inner: string): boolean {
  const body = inner.replace(/^[\s"“”'‘’]+|[\s"“”'‘’]+$/g, '');
  if (/[?!]/.test(body) || /[.,;:]\s+\S/.test(body)) return false;
  const ws = body.replace(/[.,;:]$/, '').split(/\s+/).filter(Boolean);
  if (ws.length < 2 || ws.length > 8) return false;
  let caps = 0;
  for (const w of ws) {
    if (/^[\p{Lu}\p{N}]/u.test(w)) caps++;
    else if (!SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return caps >= 2 && /^[\p{Lu}\p{N}]/u.test(ws[0]);
}

// "the podcast “So, That Happened.”", "her new play, “Eclipsed.”", "a film titled “Sin Miedo”":
// a kind of work named right before the marks makes the quotation its title.
// Titles start with a capital; "called the show “the conservative news show of record”" and "the
// program “is gaining traction”" are words about the work, and "an op-ed entitled “…”" counts as
// what the paper said.
const WORK_BEFORE = /\b(?:podcast|sitcom|book|memoir|novel|film|movie|documentary|play|musical|song|anthem|album|newsletter|magazine)\s*,?\s*$/i;

/** The quotation starting at `start` is the title of a work named just before it. */
export function namesWork(text: string, start: number, blockStart: number): boolean {
  return /^["“'‘]{1,2}[\p{Lu}\p{N}]/u.test(text.slice(start, start + 3)) && WORK_BEFORE.test(text.slice(Math.max(blockStart, start - 40), start));
}

/**
 * Text from the last line or sentence start up to `end` (inclusive, no further back than `from`)
 * has no lowercase letter and two capitals in a row: a heading run into the paragraph. One
 * backward scan, so a page of capitals costs no more than its length.
 */
function runInHeading(text: string, from: number, end: number): boolean {
  let caps = 0;
  let pair = false;
  for (let k = end; k >= from; k--) {
    const c = text[k];
    if (c === '\n' || (/\s/.test(c) && /[.!?]/.test(text[k - 1] ?? ''))) return pair;
    if (/\p{Ll}/u.test(c)) return false;
    caps = /\p{Lu}/u.test(c) ? caps + 1 : 0;
    if (caps >= 2) pair = true;
  }
  return pair;
}

/** Words inside the marks. */
function innerWords(inner: string): number {
  const m = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

/**
 * Kind from the quote's form and its place in the sentence. A quote is `direct` when it stands as
 * a whole utterance: nothing but (optionally) an attribution clause ending in ':' or ',' precedes
 * it in its sentence, and it reads like a sentence (a capital first letter, several words or final
 * punctuation). Shorter or embedded quotes are `partial`; a one- or two-word quoted term with no
 * sentence shape starts as `scare` (the speaker stage may still find who said it).
 */
export function quoteKind(text: string, quote: { start: number; end: number }, block: Block): QuoteKind {
  // Both marks of the NYT's '' pair go too, or "provider.''" would not end in punctuation.
  const inner = text.slice(quote.start, quote.end).replace(/^["“'‘«]{1,2}/, '').replace(/[”"’'»]{1,2}$/, '');
  const words = innerWords(inner);
  const first = /[\p{L}\p{N}]/u.exec(inner);
  const capital = first ? /[\p{Lu}\p{N}]/u.test(first[0]) : false;
  const finalPunct = /[.!?,…:;—–-]\s*$/.test(inner);
  // What precedes the mark in the same sentence (back to . ! ? or the block start).
  let i = quote.start - 1;
  while (i >= block.start && /[ \t]/.test(text[i])) i--;
  const before = i >= block.start ? text[i] : '';
  let atSentenceStart = before === '' || /[.!?\u201D"']/.test(before) || before === '(' || before === '—' || before === '–';
  if (before === '"' || before === '\u201D' || before === "'" || before === '\u2019') {
    // previous quote just closed: sentence start only if it ended with final punctuation
    let k = i;
    while (k >= block.start && k > i - 3 && /["\u201D'\u2019]/.test(text[k])) k--;
    atSentenceStart = /[.!?]/.test(text[k] ?? '');
  }
  // "OBAMA’S LAST STATE OF THE UNION “President Barack Obama’s final …”": a run-in heading in
  // capitals ends where the quotation starts.
  if (!atSentenceStart && runInHeading(text, Math.max(block.start, i - 120), i)) atSentenceStart = true;
  const afterColon = before === ':';
  const afterComma = before === ',';
  if (block.kind !== 'headline' && block.kind !== 'heading' && isTitleLike(inner)) return 'scare';
  if (namesWork(text, quote.start, block.start)) return 'scare';
  // Headlines quote someone in single marks ("Christie Calls Clinton ‘A Disgrace’"): a phrase, not a term.
  if (block.kind === 'headline' && /^['‘]/.test(text[quote.start]) && capital && words >= 2) return 'partial';
  if (words <= 2 && !finalPunct) return 'scare';
  if (capital && (atSentenceStart || afterColon) && (words >= 3 || finalPunct)) return 'direct';
  if (capital && afterComma && words >= 3 && finalPunct) return 'direct';
  if (afterColon && words >= 3) return 'direct';
  return 'partial';
}

/** Quotes in document order with ids q1, q2, …, and problems for unbalanced marks. */
export function findQuotes(article: Article): { quotes: Quote[]; problems: Problem[] } {
  const { text, blocks } = article;
  const quotes: Quote[] = [];
  const problems: Problem[] = [];
  const prose = blocks.filter((b) => PROSE_KINDS.has(b.kind));
  for (let b = 0; b < prose.length; b++) {
    const block = prose[b];
    const scan = scanBlock(text, block);
    problems.push(...scan.problems);
    const pieces = scan.pieces;
    if (scan.openAt >= 0) {
      const next = prose[b + 1];
      const continues = next !== undefined && opensWithQuote(text, next);
      // A quote that does not go on in the next paragraph ends at its mistyped closing mark, if any.
      const end = !continues && scan.typoEnd >= 0 ? scan.typoEnd : trimEnd(text, scan.openAt, block.end);
      pieces.push({ start: scan.openAt, end });
      if (!continues) problems.push(unclosedProblem(scan.openAt));
    }
    pieces.sort((x, y) => x.start - y.start);
    for (const p of pieces) {
      if (p.end - p.start < 2) continue; // a lone mark is not a quote
      const kind = quoteKind(text, p, block);
      quotes.push({ id: '', start: p.start, end: p.end, text: text.slice(p.start, p.end), kind, speaker: null, cue: null });
    }
  }
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  return { quotes, problems };
}
