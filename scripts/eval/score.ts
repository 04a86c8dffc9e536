// Scorers. Each takes one gold document and one system's predictions, adds to running counts
// and returns the errors found (for --errors). Pure functions; no I/O.
import type { GoldDoc, PredDate, PredEntity, PredQuote, Range } from './types';

export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const same = (a: Range, b: Range) => a.start === b.start && a.end === b.end;
const overlapLen = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export interface Prf {
  p: number;
  r: number;
  f: number;
}

/** Precision from (correct predictions / predictions), recall from (found gold / gold). */
export function prf(correctPred: number, pred: number, foundGold: number, gold: number): Prf {
  const p = pred ? correctPred / pred : 0;
  const r = gold ? foundGold / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface EvalError {
  cause: string;
  doc: string;
  /** Offset the error is about, for the context sentence. */
  at: Range;
  gold: string | null;
  ours: string | null;
}

const ignored = (doc: GoldDoc, r: Range) => (doc.ignore ?? []).some((i) => overlaps(i, r));
const show = (text: string, r: Range) => text.slice(r.start, r.end);

// ---------------------------------------------------------------- quotes

export interface QuoteCounts {
  gold: number;
  foundGold: number;
  pred: number;
  correctPred: number;
  /** Found gold quotes that have a gold source (the speaker accuracy denominator). */
  withSource: number;
  rightSpeaker: number;
}

export const newQuoteCounts = (): QuoteCounts => ({ gold: 0, foundGold: 0, pred: 0, correctPred: 0, withSource: 0, rightSpeaker: 0 });

/**
 * A predicted direct or partial quote is correct if it overlaps a gold quote Content; a gold quote
 * is found if any prediction overlaps it. Speaker: of the predictions overlapping a found gold
 * quote, the one with the largest overlap must have a speaker overlapping the gold Source.
 */
export function scoreQuotes(doc: GoldDoc, preds: PredQuote[], c: QuoteCounts): EvalError[] {
  const errors: EvalError[] = [];
  const gold = doc.quotes ?? [];
  const ours = preds.filter((q) => q.kind !== 'scare' && !ignored(doc, q));
  const hits = (g: (typeof gold)[number], q: Range) => g.parts.some((p) => overlaps(p, q));
  c.gold += gold.length;
  c.pred += ours.length;
  for (const q of ours) {
    if (gold.some((g) => hits(g, q))) c.correctPred++;
    else errors.push({ cause: 'false-quote', doc: doc.id, at: q, gold: null, ours: show(doc.text, q) });
  }
  for (const g of gold) {
    const matches = ours.filter((q) => hits(g, q));
    if (!matches.length) {
      // Distinguish quotes we saw but called scare quotes from quotes we did not see at all.
      const scare = preds.filter((q) => q.kind === 'scare' && hits(g, q));
      const ours = scare.length ? scare.map((q) => `scare ${show(doc.text, q)}`).join(' | ') : null;
      errors.push({ cause: scare.length ? 'scare-not-quote' : 'missed-quote', doc: doc.id, at: g, gold: g.text, ours });
      continue;
    }
    c.foundGold++;
    if (!g.source) continue;
    c.withSource++;
    const best = matches.reduce((a, b) => (overlapLen(b, g) > overlapLen(a, g) ? b : a));
    const src = g.source;
    if (best.speaker && src.some((s) => overlaps(s, best.speaker!))) c.rightSpeaker++;
    else
      errors.push({
        cause: best.speaker ? 'wrong-speaker' : 'no-speaker',
        doc: doc.id,
        at: best,
        gold: `${g.sourceText}`,
        ours: best.speaker ? best.speaker.text : null,
      });
  }
  return errors;
}

// ---------------------------------------------------------------- NER

export const NER_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type NerCounts = Record<(typeof NER_TYPES)[number], { tp: number; fp: number; fn: number }>;
export const newNerCounts = (): NerCounts => ({
  PER: { tp: 0, fp: 0, fn: 0 },
  ORG: { tp: 0, fp: 0, fn: 0 },
  LOC: { tp: 0, fp: 0, fn: 0 },
});

/**
 * Exact-span (or, with relaxed, overlapping-span) and same-type matching over PER/ORG/LOC.
 * MISC gold is not scored, and a prediction whose span is exactly a MISC gold span is neither
 * credited nor penalised; predictions of type OTHER are ignored. Predictions are deduplicated by span.
 */
export function scoreNer(doc: GoldDoc, preds: PredEntity[], c: NerCounts, relaxed = false): EvalError[] {
  const errors: EvalError[] = [];
  const all = doc.entities ?? [];
  const misc = all.filter((g) => g.type === 'MISC');
  const gold = all.filter((g) => g.type !== 'MISC');
  const seen = new Set<string>();
  const ours = preds.filter((p) => {
    const k = `${p.start}:${p.end}`;
    if (p.type === 'OTHER' || seen.has(k) || ignored(doc, p) || misc.some((m) => same(m, p))) return false;
    seen.add(k);
    return true;
  });
  const match = relaxed ? overlaps : same;
  const usedPred = new Set<PredEntity>();
  for (const g of gold) {
    const t = g.type as keyof NerCounts;
    const hit = ours.find((p) => !usedPred.has(p) && p.type === g.type && match(p, g));
    if (hit) {
      usedPred.add(hit);
      c[t].tp++;
      continue;
    }
    c[t].fn++;
    const exact = ours.find((p) => same(p, g));
    const over = ours.filter((p) => overlaps(p, g));
    const ourText = over.map((p) => `${show(doc.text, p)} [${p.type}]`).join(' | ') || null;
    // Causes name the types (wrong-type ORG as LOC, missed PER) so the largest groups say what to fix.
    const cause = exact ? `wrong-type ${g.type} as ${exact.type}` : over.length ? `boundary ${g.type}` : `missed ${g.type}`;
    errors.push({ cause, doc: doc.id, at: g, gold: `${g.text} [${g.type}]`, ours: ourText });
  }
  for (const p of ours) {
    if (usedPred.has(p)) continue;
    c[p.type as keyof NerCounts].fp++;
    // Already reported on the gold side when it overlaps a gold entity.
    if (gold.some((g) => overlaps(g, p))) continue;
    const inMisc = misc.find((m) => overlaps(m, p));
    errors.push({
      cause: inMisc ? 'inside-misc' : `spurious ${p.type}`,
      doc: doc.id,
      at: p,
      gold: inMisc ? `${inMisc.text} [MISC]` : null,
      ours: `${show(doc.text, p)} [${p.type}]`,
    });
  }
  return errors;
}

export function nerPrf(c: NerCounts, type?: keyof NerCounts): Prf {
  const ts: readonly (keyof NerCounts)[] = type ? [type] : NER_TYPES;
  const tp = ts.reduce((n, t) => n + c[t].tp, 0);
  const fp = ts.reduce((n, t) => n + c[t].fp, 0);
  const fn = ts.reduce((n, t) => n + c[t].fn, 0);
  return prf(tp, tp + fp, tp, tp + fn);
}

// ---------------------------------------------------------------- GUM names (head match)

export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'OTHER'] as const;
export type NameCounts = Record<(typeof NAME_TYPES)[number], { gold: number; found: number; pred: number; right: number }>;
export const newNameCounts = (): NameCounts => ({
  PER: { gold: 0, found: 0, pred: 0, right: 0 },
  ORG: { gold: 0, found: 0, pred: 0, right: 0 },
  LOC: { gold: 0, found: 0, pred: 0, right: 0 },
  OTHER: { gold: 0, found: 0, pred: 0, right: 0 },
});

/**
 * Head match: a gold name is found when a prediction of its type overlaps one of its proper-noun
 * tokens; a prediction is right when it overlaps such a token of a gold name of its type. Every
 * other prediction is a false alarm of its type, also a PER/ORG/LOC one on a name GUM types as
 * something else (an event, a product): that is what type OTHER is for. Predictions are
 * deduplicated by span.
 */
export function scoreNames(doc: GoldDoc, preds: PredEntity[], c: NameCounts): EvalError[] {
  const errors: EvalError[] = [];
  const gold = doc.names ?? [];
  const seen = new Set<string>();
  const ours = preds.filter((p) => {
    const k = `${p.start}:${p.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const touches = (g: (typeof gold)[number], p: Range) => g.parts.some((t) => overlaps(t, p));
  for (const g of gold) {
    c[g.type].gold++;
    if (ours.some((p) => p.type === g.type && touches(g, p))) {
      c[g.type].found++;
      continue;
    }
    const over = ours.filter((p) => touches(g, p));
    const ourText = over.map((p) => `${show(doc.text, p)} [${p.type}]`).join(' | ') || null;
    const cause = over.length ? `wrong-type ${g.type} as ${over[0].type}` : `missed ${g.type}`;
    errors.push({ cause, doc: doc.id, at: g, gold: `${g.text} [${g.type}: ${g.etype}]`, ours: ourText });
  }
  for (const p of ours) {
    c[p.type].pred++;
    if (gold.some((g) => g.type === p.type && touches(g, p))) {
      c[p.type].right++;
      continue;
    }
    if (gold.some((g) => touches(g, p))) continue; // reported on the gold side
    errors.push({ cause: `spurious ${p.type}`, doc: doc.id, at: p, gold: null, ours: `${show(doc.text, p)} [${p.type}]` });
  }
  return errors;
}

/** P/R/F1 over the given types (default PER, ORG and LOC: the figure the issue tracks). */
export function namePrf(c: NameCounts, types: readonly (keyof NameCounts)[] = ['PER', 'ORG', 'LOC']): Prf {
  const sum = (k: 'gold' | 'found' | 'pred' | 'right') => types.reduce((n, t) => n + c[t][k], 0);
  return prf(sum('right'), sum('pred'), sum('found'), sum('gold'));
}

// ---------------------------------------------------------------- dates

export interface DateCounts {
  gold: number;
  pred: number;
  relaxedGold: number;
  relaxedPred: number;
  strict: number;
  /** Relaxed-matched gold timexes whose value equals ours. */
  rightValue: number;
  /** Relaxed-matched gold timexes with a value to compare (GUM ranges have none). */
  valued: number;
}

export const newDateCounts = (): DateCounts => ({ gold: 0, pred: 0, relaxedGold: 0, relaxedPred: 0, strict: 0, rightValue: 0, valued: 0 });

/**
 * TempEval-style: relaxed = overlap, strict = exact span; value compared on relaxed matches.
 * Missed and wrong-value errors carry the gold TimeML type (DATE, TIME, DURATION, SET) in their cause.
 */
export function scoreDates(doc: GoldDoc, preds: PredDate[], c: DateCounts): EvalError[] {
  const errors: EvalError[] = [];
  const gold = doc.timexes ?? [];
  const ours = preds.filter((p) => !ignored(doc, p));
  c.gold += gold.length;
  c.pred += ours.length;
  for (const p of ours) {
    if (gold.some((g) => overlaps(g, p))) c.relaxedPred++;
    else errors.push({ cause: 'spurious', doc: doc.id, at: p, gold: null, ours: `${show(doc.text, p)} = ${p.value}` });
  }
  for (const g of gold) {
    const over = ours.filter((p) => overlaps(p, g));
    if (!over.length) {
      errors.push({ cause: `missed ${g.type}`, doc: doc.id, at: g, gold: `${g.text} = ${g.value}`, ours: null });
      continue;
    }
    c.relaxedGold++;
    const exact = over.find((p) => same(p, g));
    if (exact) c.strict++;
    const best = exact ?? over.reduce((a, b) => (overlapLen(b, g) > overlapLen(a, g) ? b : a));
    if (!g.value) {
      if (!exact) errors.push({ cause: 'boundary', doc: doc.id, at: g, gold: g.text, ours: `${show(doc.text, best)} = ${best.value}` });
      continue;
    }
    c.valued++;
    const valueOk = typeof best.value === 'string' && sameValue(best.value, g.value);
    if (valueOk) c.rightValue++;
    if (!valueOk || !exact)
      errors.push({
        cause: valueOk ? 'boundary' : `wrong-value ${g.type}`,
        doc: doc.id,
        at: g,
        gold: `${g.text} = ${g.value}`,
        ours: `${show(doc.text, best)} = ${best.value}`,
      });
  }
  return errors;
}

/**
 * One spelling per TimeML value, for gold and ours alike: only differences of spelling go, never of
 * granularity. A week number has two digits in ISO 8601 ("2000-W7" is "2000-W07"); a decimal year that
 * is a whole number of months is those months ("P2.5Y" is "P2Y6M"); TimeML's own duration units,
 * which ISO 8601 lacks, are the ISO units they stand for ("P1E" is "P10Y", "P3Q" is "P9M", "P2L" is
 * "P2000Y"; a vague "PXE" stays). Not merged: "T17" (the hour) and "T17:00" (the minute), "1990-XX"
 * (a month of 1990) and "1990".
 */
export function canonicalValue(v: string): string {
  const s = v.trim().toUpperCase();
  const week = /^(\d{4}-W)(\d)(?!\d)/.exec(s);
  if (week) return `${week[1]}0${week[2]}${s.slice(week[0].length)}`;
  const unit = /^P(\d+)(E|CE|C|L|Q)$/.exec(s);
  if (unit) return unit[2] === 'Q' ? `P${+unit[1] * 3}M` : `P${+unit[1] * ({ E: 10, CE: 100, C: 100, L: 1000 } as Record<string, number>)[unit[2]]}Y`;
  const years = /^P(\d+)\.(\d+)Y$/.exec(s);
  if (years) {
    const months = Number(`0.${years[2]}`) * 12;
    const y = Number(years[1]);
    if (Number.isInteger(months)) return `P${y ? `${y}Y` : ''}${months || !y ? `${months}M` : ''}`;
  }
  return s;
}

/**
 * Value equality, also for GUM's partial values: `--09` (a month, no year) and `--09-01` match
 * any year's value of that month or day, `12:30:00` a value at that time.
 */
export function sameValue(ours: string, gold: string): boolean {
  const o = canonicalValue(ours);
  const g = canonicalValue(gold);
  if (o === g) return true;
  if (/^--\d\d(-\d\d)?$/.test(g)) return /^\d{4}/.test(o) && o.slice(4) === g.slice(1);
  if (/^\d\d:\d\d(:\d\d)?$/.test(g)) return o.includes(`T${g.slice(0, 5)}`);
  return false;
}

export function dateMetrics(c: DateCounts) {
  const relaxed = prf(c.relaxedPred, c.pred, c.relaxedGold, c.gold);
  const strict = prf(c.strict, c.pred, c.strict, c.gold);
  const valueAcc = c.valued ? c.rightValue / c.valued : 0;
  return { relaxed, strict, valueAcc, valueF1: relaxed.f * valueAcc };
}
