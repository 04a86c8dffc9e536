// Corrections follow the text. Two situations:
// - edits seen one by one (the editor's incremental changes): shiftThroughEdits moves each span by the
//   edits before it, grows or shrinks it with edits inside it, and gives up when its text was deleted;
// - a text changed elsewhere (git pull, another program): reanchor finds each span again in three steps,
//   1. its exact text (at its old offsets, or the occurrence whose context matches / nearest the old place),
//   2. with the old text known, a diff old → new (diff-match-patch) that maps the old offsets,
//   3. fuzzy matching with approx-string-match (Myers' bit-parallel algorithm: any pattern length, where
//      diff-match-patch's match_main is a bitap limited to 32 characters, shorter than most quotes).
import { diff_match_patch, type Diff } from 'diff-match-patch';
import search from 'approx-string-match';
import { selectorAt } from './selector';
import { type CorrectionRecord, type SpeakerRef, type Unplaced } from './types';

export interface TextEdit {
  /** UTF-16 offsets into the text as it was before this edit (LSP contentChanges apply in order). */
  start: number;
  end: number;
  text: string;
}

export interface Anchored {
  records: CorrectionRecord[];
  unplaced: Unplaced[];
}

interface Span {
  start: number;
  end: number;
}

/** Shortest exact text fuzzy matching is tried on; below it any near-match is a guess. */
const FUZZY_MIN = 8;
/** Errors allowed in a fuzzy match, as a share of the exact text's length. */
const FUZZY_ERRORS = 0.25;
/** Occurrences of the exact text looked at (a one-letter name in a huge text must not cost much). */
const MAX_OCCURRENCES = 2000;

const quoteText = (s: string) => `“${s.length > 60 ? s.slice(0, 57) + '…' : s}”`;

function speakerOf(r: CorrectionRecord): SpeakerRef | null | undefined {
  const d = r.decision;
  return d.action === 'set-speaker' || d.action === 'mark-quote' || d.action === 'confirm' ? d.speaker : undefined;
}

function withSpeakerWords(r: CorrectionRecord, words: SpeakerRef['words']): CorrectionRecord {
  const sp = speakerOf(r);
  if (!sp) return r;
  return { ...r, decision: { ...r.decision, speaker: { ...sp, words } } as CorrectionRecord['decision'] };
}

function retarget(r: CorrectionRecord, text: string, span: Span): CorrectionRecord {
  return { ...r, target: { kind: r.target.kind, start: span.start, end: span.end, selector: selectorAt(text, span.start, span.end) } };
}

// ---------------------------------------------------------------------------------------------
// Edits, one by one

/** Where [s, e) goes through one edit, or null when the edit took all of its text. */
export function shiftSpan(span: Span, edit: TextEdit): Span | null {
  const { start: a, end: b } = edit;
  const delta = edit.text.length - (b - a);
  const { start: s, end: e } = span;
  if (b <= s) return { start: s + delta, end: e + delta }; // before (an insertion at s goes before)
  if (a >= e) return span; // after (an insertion at e stays outside)
  if (a <= s && b >= e) return null; // the whole span replaced or deleted
  if (a >= s && b <= e) return { start: s, end: e + delta }; // inside
  if (a < s) {
    // covers the start: the span keeps what follows the edit
    const ns = a + edit.text.length;
    const ne = e + delta;
    return ne > ns ? { start: ns, end: ne } : null;
  }
  // covers the end: the span keeps what precedes the edit
  return a > s ? { start: s, end: a } : null;
}

export function shiftThroughEdits(records: CorrectionRecord[], edits: TextEdit[], newText: string): Anchored {
  const out: CorrectionRecord[] = [];
  const unplaced: Unplaced[] = [];
  for (const r of records) {
    let span: Span | null = { start: r.target.start, end: r.target.end };
    const sp = speakerOf(r);
    let words: Span | null = sp?.words ? { start: sp.words.start, end: sp.words.end } : null;
    for (const edit of edits) {
      if (span) span = shiftSpan(span, edit);
      if (words) words = shiftSpan(words, edit);
    }
    if (!span || span.end > newText.length) {
      unplaced.push({ record: r, reason: `correction could not be placed: the text it was on (${quoteText(r.target.selector.exact)}) was deleted` });
      continue;
    }
    let moved = span.start === r.target.start && span.end === r.target.end && newText.slice(span.start, span.end) === r.target.selector.exact ? r : retarget(r, newText, span);
    if (sp?.words) {
      const w = words && words.end <= newText.length ? { start: words.start, end: words.end, exact: newText.slice(words.start, words.end) } : null;
      if (!w || w.start !== sp.words.start || w.end !== sp.words.end || w.exact !== sp.words.exact) moved = withSpeakerWords(moved, w);
    }
    out.push(moved);
  }
  return { records: out, unplaced };
}

// ---------------------------------------------------------------------------------------------
// A text changed elsewhere

/** Characters of context that agree: the end of the prefix before `start`, the start of the suffix after `end`. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let p = 0;
  while (p < prefix.length && start - p - 1 >= 0 && text.charCodeAt(start - p - 1) === prefix.charCodeAt(prefix.length - p - 1)) p++;
  let s = 0;
  while (s < suffix.length && end + s < text.length && text.charCodeAt(end + s) === suffix.charCodeAt(s)) s++;
  return p + s;
}

function occurrences(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && out.length < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1)) out.push(i);
  return out;
}

/** Best of several candidate spans: most context agreeing, then fewest errors, then nearest `near`. */
function best(text: string, cands: Array<Span & { errors?: number }>, prefix: string, suffix: string, near: number): Span | null {
  let top: Span | null = null;
  let topScore = -Infinity;
  for (const c of cands) {
    const score = contextScore(text, c.start, c.end, prefix, suffix) * 4 - (c.errors ?? 0) * 4 - Math.abs(c.start - near) / Math.max(1, text.length);
    if (score > topScore) {
      topScore = score;
      top = c;
    }
  }
  return top;
}

/** Context characters that must agree before a short text is placed on a guess (a name occurs many times). */
const MIN_CONTEXT = 8;
/** An exact text this long is specific enough to stand on its own (a quote, a long name). */
const SPECIFIC = 20;

type Step = 0 | 1 | 2 | 3;

/** The sure places: unchanged, the only occurrence with all its context, or where the diff maps it. */
function locateSure(newText: string, old: Span, exact: string, prefix: string, suffix: string, map: ((offset: number) => number) | null): { span: Span; step: Step } | null {
  if (newText.slice(old.start, old.end) === exact) return { span: old, step: 0 };
  const full = prefix.length + suffix.length;
  const found = occurrences(newText, exact);
  const withContext = found.filter((i) => contextScore(newText, i, i + exact.length, prefix, suffix) === full);
  if (withContext.length === 1) return { span: { start: withContext[0], end: withContext[0] + exact.length }, step: 1 };
  if (map) {
    const start = map(old.start);
    // Trusted only with some context agreeing: after paragraphs moved, a diff can map onto another "Kerry".
    const agrees = contextScore(newText, start, start + exact.length, prefix, suffix) >= Math.min(MIN_CONTEXT, full) || exact.length >= SPECIFIC;
    if (agrees && newText.slice(start, start + exact.length) === exact) return { span: { start, end: start + exact.length }, step: 2 };
  }
  return null;
}

/**
 * The other places, avoiding spans that surer records took: an occurrence of the exact text with enough
 * context (or the only one, for a specific text), else a fuzzy match.
 */
function locateGuess(
  newText: string,
  old: Span,
  exact: string,
  prefix: string,
  suffix: string,
  map: ((offset: number) => number) | null,
  taken: (s: Span) => boolean,
): { span: Span; step: Step } | null {
  const need = Math.min(MIN_CONTEXT, prefix.length + suffix.length);
  const near = map ? map(old.start) : old.start;
  const step: Step = map ? 2 : 1;
  const free = occurrences(newText, exact)
    .map((i) => ({ start: i, end: i + exact.length }))
    .filter((c) => !taken(c));
  const agreeing = free.filter((c) => contextScore(newText, c.start, c.end, prefix, suffix) >= need);
  if (agreeing.length) return { span: best(newText, agreeing, prefix, suffix, near)!, step };
  if (free.length === 1 && exact.length >= SPECIFIC) return { span: free[0], step };
  // 3. fuzzy
  if (exact.length < FUZZY_MIN) return null;
  const matches = search(newText, exact, Math.floor(exact.length * FUZZY_ERRORS)).filter(
    (m) => !taken(m) && (exact.length >= SPECIFIC || contextScore(newText, m.start, m.end, prefix, suffix) >= need),
  );
  if (!matches.length) return null;
  const minErrors = Math.min(...matches.map((m) => m.errors));
  const chosen = best(newText, matches.filter((m) => m.errors <= minErrors + 2), prefix, suffix, near);
  return chosen ? { span: { start: chosen.start, end: chosen.end }, step: 3 } : null;
}

export interface ReanchorStats {
  /** Records found by each step: 0 = unchanged, 1 = exact text, 2 = diff, 3 = fuzzy. */
  steps: [number, number, number, number];
}

export function reanchor(records: CorrectionRecord[], newText: string, oldText?: string, stats?: ReanchorStats): Anchored {
  let map: ((offset: number) => number) | null = null;
  if (oldText !== undefined && oldText !== newText) {
    let diffs: Diff[] | null = null;
    map = (offset: number) => {
      if (!diffs) {
        const dmp = new diff_match_patch();
        dmp.Diff_Timeout = 1;
        diffs = dmp.diff_main(oldText, newText);
        dmp.diff_cleanupSemantic(diffs);
      }
      return new diff_match_patch().diff_xIndex(diffs, offset);
    };
  }
  // Sure places first, so that a guess never lands on a span another record surely holds.
  const sure = records.map((r) => locateSure(newText, r.target, r.target.selector.exact, r.target.selector.prefix, r.target.selector.suffix, map));
  // Placed span → the old span of the records on it (several records may share a target).
  const held = new Map<string, string>();
  const spanKey = (kind: string, s: Span) => `${kind}:${s.start}:${s.end}`;
  records.forEach((r, i) => sure[i] && held.set(spanKey(r.target.kind, sure[i]!.span), spanKey(r.target.kind, r.target)));
  const out: CorrectionRecord[] = [];
  const unplaced: Unplaced[] = [];
  records.forEach((r, i) => {
    const { start, end, selector } = r.target;
    const got = sure[i] ?? locateGuess(newText, r.target, selector.exact, selector.prefix, selector.suffix, map, (s) => {
      const holder = held.get(spanKey(r.target.kind, s));
      return holder !== undefined && holder !== spanKey(r.target.kind, r.target);
    });
    if (!got) {
      const past = end > newText.length ? ` (its span ${start}–${end} is past the end of the text, ${newText.length} characters)` : '';
      unplaced.push({ record: r, reason: `correction could not be placed: ${quoteText(selector.exact)} is no longer in the article${past}` });
      return;
    }
    if (!sure[i]) held.set(spanKey(r.target.kind, got.span), spanKey(r.target.kind, r.target));
    if (stats) stats.steps[got.step]++;
    let moved = got.step === 0 ? r : retarget(r, newText, got.span);
    const sp = speakerOf(r);
    if (sp?.words) {
      const w = sp.words;
      // The words keep no context of their own: the quote's move is the hint where to look.
      const shift = got.span.start - start;
      const hint = { start: w.start + shift, end: w.end + shift };
      const found = locateSure(newText, hint, w.exact, '', '', map) ?? locateGuess(newText, hint, w.exact, '', '', map, () => false);
      const words = found && found.step !== 3 ? { start: found.span.start, end: found.span.end, exact: w.exact } : null;
      if (!words || words.start !== w.start || words.end !== w.end) moved = withSpeakerWords(moved, words);
    }
    out.push(moved);
  });
  return { records: out, unplaced };
}
