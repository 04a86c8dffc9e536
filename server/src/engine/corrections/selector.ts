// Text-quote selectors: the exact text of a span with up to SELECTOR_CONTEXT characters either side,
// so a correction can be found again after the article changed.
import { SELECTOR_CONTEXT, type Target, type TargetKind, type TextSelector } from './types';

/** Never cut a surrogate pair in half at the edge of a context window. */
function safeStart(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff ? i + 1 : i;
}
function safeEnd(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return i < text.length && c >= 0xd800 && c <= 0xdbff ? i - 1 : i;
}

export function selectorAt(text: string, start: number, end: number): TextSelector {
  const from = safeStart(text, Math.max(0, start - SELECTOR_CONTEXT));
  const to = safeEnd(text, Math.min(text.length, end + SELECTOR_CONTEXT));
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

export function targetAt(text: string, kind: TargetKind, start: number, end: number): Target {
  return { kind, start, end, selector: selectorAt(text, start, end) };
}
