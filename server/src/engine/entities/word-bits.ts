// One bit per hash of a word list's words, read before the list's Set: isCommon runs several times on every
// capitalised word, and most of those words (names) are not among the 40,000 common words. A clear bit says so with
// one read of a 128 KB table instead of lowering the word and probing the Set's table, spread over megabytes. No false
// negative: every listed word set its own bit; about 4% of other words pass to the Set. (In front of the towns, first
// names and gazetteer names the extra hash cost more than it saved: profile pairs, notes/speed-entities.md.)
//   const mayBeCommon = wordBits(commonSet, true);  …  mayBeCommon(w) && commonSet.has(w.toLowerCase())

const SHIFT = 12; // a hash's top 20 bits: 2^20 bits

/** FNV-1a of the word's UTF-16 code units (A-Z read as a-z when `lower`), its top 20 bits; -1 when `lower` and the
 * word has a character outside ASCII, whose lower case this does not read. */
export function wordHash(s: string, lower: boolean): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (lower) {
      if (c >= 0x80) return -1;
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> SHIFT;
}

/** `mayHave(s)`: false only when `words` does not hold `s` (with `lower`: when it does not hold `s.toLowerCase()`). */
export function wordBits(words: Iterable<string>, lower = false): (s: string) => boolean {
  const bits = new Int32Array(1 << (32 - SHIFT - 5));
  for (const w of words) {
    const h = wordHash(w, lower);
    if (h >= 0) bits[h >>> 5] |= 1 << (h & 31);
  }
  return (s) => {
    const h = wordHash(s, lower);
    return h < 0 || (bits[h >>> 5] & (1 << (h & 31))) !== 0;
  };
}
