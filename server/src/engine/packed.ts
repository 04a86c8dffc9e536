// Arrays and names built element by element, for the engine's hot paths.
// Why: V8's optimised code returns Array.prototype.map results with holey elements, unoptimised code with packed
// ones. So a function that a .map() result reaches first sees packed arrays, then, once the producer is optimised,
// holey ones: it is deoptimised ("wrong map") and compiled again, in every analysis thread (most of the
// `wrong map` deopts of a --jobs run). These give the same values as .map() / .slice().map().join() on arrays
// without holes (all the engine's token and word lists) and always packed arrays, or no array at all.

/** `list.map(f)`, as a packed array. */
export function mapPacked<T, U>(list: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i], i));
  return out;
}

/** `words.slice(from, to).map((w) => w.text)` (from, to ≥ 0), as a packed array. */
export function textsOf(words: readonly { text: string }[], from = 0, to = words.length): string[] {
  const out: string[] = [];
  for (let i = from, end = Math.min(to, words.length); i < end; i++) out.push(words[i].text);
  return out;
}

/** `words.slice(from, to).map((w) => w.text).join(' ')` (from, to ≥ 0), without the arrays. */
export function joinTexts(words: readonly { text: string }[], from = 0, to = words.length): string {
  const end = Math.min(to, words.length);
  if (from >= end) return '';
  let s = words[from].text;
  for (let i = from + 1; i < end; i++) s += ' ' + words[i].text;
  return s;
}
