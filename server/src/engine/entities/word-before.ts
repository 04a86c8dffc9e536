// The word right before a name, as an exact pre-test for the rules that read the text before it with a
// pattern ending in "<word>\s+$" ("the film X", "a drink called X"): such a pattern is tried at every position
// of its window, while the word it needs is one Set lookup.
//   "the novel Nexus" at "Nexus"              → "novel"
//   "his latest book, Hegemony" at "Hegemony" → "book,"
//   "(along Broadway" at "Broadway"           → "(along"  (a pattern with \b before its word: test the ending)
//   "said:Nexus" at "Nexus"                   → ""        (no space right before the name)

// A longer token (a URL, a run of symbols) is cut to its last LONGEST characters: longer than any word the
// rules test for equality, and still ending as the whole token does.
const LONGEST = 64;

/** A character that JavaScript's \s matches (WhiteSpace and LineTerminator), by its UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The token (non-whitespace run) before the whitespace that ends at `pos`, at most its last LONGEST characters;
 * "" when `text[pos - 1]` is not whitespace. */
export function wordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === pos) return '';
  let start = end;
  while (start > 0 && end - start < LONGEST && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}
