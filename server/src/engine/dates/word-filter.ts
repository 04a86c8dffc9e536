// A quick "certainly absent" test for the date rules' `need` words. Every rule asks, on every block,
// whether some of its words occur in the block; a plain `includes` scans the whole block for each
// absent word (about 130 scans per block, the largest single cost of the date rules). Here each block
// is read once into a table of the character pairs and triples it contains (hashed into 4096 bits);
// a word with a pair or triple missing from the table cannot occur, and only the others are searched.
// Exact by construction: the table only ever rules a word out when it is absent.

const BITS = 4096;
const pairHash = (a: number, b: number) => (a * 31 + b) & (BITS - 1);
const tripleHash = (a: number, b: number, c: number) => (a * 961 + b * 31 + c + 1543) & (BITS - 1);

/** The hashes a word needs to find in the table: its triples (pairs for a word of two characters). */
export function wordKeys(word: string): Int32Array {
  const keys: number[] = [];
  if (word.length === 2) keys.push(pairHash(word.charCodeAt(0), word.charCodeAt(1)));
  for (let i = 2; i < word.length; i++) keys.push(tripleHash(word.charCodeAt(i - 2), word.charCodeAt(i - 1), word.charCodeAt(i)));
  return Int32Array.from(keys);
}

let lastText: string | null = null;
const table = new Int32Array(BITS / 32);

/** The table of `text` (the last text's is kept: each block is asked about by every rule in turn). */
function tableOf(text: string): Int32Array {
  if (text === lastText) return table;
  table.fill(0);
  // The last two characters are carried along (each character is read once); a = -1: no triple yet.
  let a = -1;
  let b = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const p = pairHash(b, c);
    table[p >> 5] |= 1 << (p & 31);
    if (a >= 0) {
      const t = tripleHash(a, b, c);
      table[t >> 5] |= 1 << (t & 31);
    }
    a = b;
    b = c;
  }
  lastText = text;
  return table;
}

/** Does `word` (with its `keys` from wordKeys) occur in `text`? The same answer as text.includes(word). */
export function occurs(text: string, word: string, keys: Int32Array): boolean {
  const t = tableOf(text);
  for (let i = 0; i < keys.length; i++) if (!(t[keys[i] >> 5] & (1 << (keys[i] & 31)))) return false;
  return text.includes(word);
}
