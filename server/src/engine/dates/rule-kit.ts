// Helpers every date rule family uses: the rule shape, pattern building, deixis words, relative
// values. Helpers only: no rule lives here, and nothing here imports a rule file.
import type { Ymd } from './calendar';
import type { BlockContext, Candidate } from './context';
import { anchorText } from './resolve';
import { occurs, wordKeys } from './word-filter';

export type Emit = (c: Omit<Candidate, 'prio'> & { prio?: number }) => void;

export type Rule = {
  re: RegExp;
  prio: number;
  /**
   * A cheap necessary condition on the block (lower-cased and as is): without it the pattern cannot
   * match, so it is not run, and V8 need not compile it (compiling the patterns is most of the first
   * analysis in a fresh process).
   */
  need?: (lower: string, text: string) => boolean;
  run: (m: RegExpExecArray, ctx: BlockContext, emit: Emit) => void;
};

/** Some word of `words` occurs in the lower-cased block (see word-filter.ts for why not `includes` alone). */
export const anyOf = (...words: string[]) => {
  const keys = words.map(wordKeys);
  return (lower: string) => {
    for (let i = 0; i < words.length; i++) if (occurs(lower, words[i], keys[i])) return true;
    return false;
  };
};

/** The unit words of durations and sets ("fortnight" holds "night"). */
export const UNIT_WORDS = ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year'];

export const WEEKDAY_WORDS = anyOf('sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday');

export const isCap = (s: string) => /^[A-Z]/.test(s);

export const lc = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

/** A relative value: null without a publication date. */
export function rel(ctx: BlockContext, fn: (dct: Ymd) => string | null, detail?: string | ((dct: Ymd) => string)) {
  if (!ctx.dct) return { value: null, relative: true };
  const d = typeof detail === 'function' ? detail(ctx.dct) : detail;
  return { value: fn(ctx.dct), relative: true, anchor: anchorText(ctx.dct, d) };
}

export const R = (src: string, flags = 'gi') => new RegExp(src, flags);
