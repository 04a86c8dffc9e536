// A quick exact pre-test before a lookup in a large word list: most words of a text cannot be in a
// list of names or titles because no entry starts with their first character (a lower-case word, a
// digit). Checking that first costs one array read instead of a hash lookup in a table of thousands.

/** `mayHave(w)` is false only when no word of `words` starts with w's first character (so has(w) is false too). */
export function firstCharTest(words: Iterable<string>): (w: string) => boolean {
  const starts = new Uint8Array(0x10000);
  let empty = false;
  for (const w of words) {
    if (w.length === 0) empty = true;
    else starts[w.charCodeAt(0)] = 1;
  }
  return (w: string) => (w.length === 0 ? empty : starts[w.charCodeAt(0)] === 1);
}
