// The word shapes (entities/shape.ts, lexicon.ts isNotName) rule words out by character code before their
// patterns run: the answers are those of the patterns alone, on awkward words and on random ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAcronym, isCapLike, isInitial, isNameShaped, splitHyphenTail, stripPossessive } from '../../server/src/engine/entities/shape';
import { isCommon } from '../../server/src/engine/entities/shape';
import { commonSet, isNotName, notNames } from '../../server/src/engine/entities/lexicon';

// The shapes as the patterns alone say them.
const PARTICLE_NAME = /^(al|el|as|ad|ar|an|ash|at|az|bin|ibn|abu|abd|ben|bint|d|l|o|mc|mac|de|di|da|du|van|von|le|la)[-'’]\p{Lu}/u;
const POSSESSIVE = /^(.*\p{L}[.]?)(['’]s|s['’])$/u;
const HYPHEN_TAIL = /^(.*[\p{L}.])-(\p{Ll}[\p{Ll}-]*)$/u;
const plain = {
  isNotName: (s: string) => notNames.has(s) || notNames.has(s.replace(/\.$/, '')) || (/^[A-Z]{2,}s$/.test(s) && notNames.has(s.slice(0, -1))),
  isAcronym: (s: string) => /^(?:\p{Lu}\.){2,6}$|^\p{Lu}{2,6}s?$|^\p{Lu}&\p{Lu}$/u.test(s),
  isCapLike: (s: string) => {
    if (!/^\p{Lu}/u.test(s)) return PARTICLE_NAME.test(s);
    if (plain.isNotName(s)) return false;
    if (/^I['’]/.test(s)) return false;
    if (/\d/.test(s)) return /^\p{Lu}{1,3}-?\d{1,3}$/u.test(s);
    return true;
  },
  stripPossessive: (s: string) => {
    const m = POSSESSIVE.exec(s);
    if (m) return /s['’]$/.test(s) ? { base: s.slice(0, -1), possessive: true } : { base: m[1], possessive: true };
    return { base: s, possessive: false };
  },
  splitHyphenTail: (s: string) => {
    const m = HYPHEN_TAIL.exec(s);
    return m ? [m[1], m[2]] : null;
  },
  isNameShaped: (s: string) => (/^\p{Lu}[\p{Ll}'’]+(?:[-\p{Lu}][\p{L}'’]+)*$/u.test(s) || PARTICLE_NAME.test(s)) && !isCommon(s),
  isInitial: (s: string) => /^\p{Lu}\.$/u.test(s),
  isCommon: (s: string) => commonSet.has(s.toLowerCase()),
};

function same(s: string): void {
  const k = JSON.stringify(s);
  assert.equal(isNotName(s), plain.isNotName(s), k);
  assert.equal(isAcronym(s), plain.isAcronym(s), k);
  assert.equal(isCapLike(s), plain.isCapLike(s), k);
  assert.deepEqual(stripPossessive(s), plain.stripPossessive(s), k);
  assert.deepEqual(splitHyphenTail(s), plain.splitHyphenTail(s), k);
  assert.equal(isNameShaped(s), plain.isNameShaped(s), k);
  assert.equal(isInitial(s), plain.isInitial(s), k);
  assert.equal(isCommon(s), plain.isCommon(s), k);
}

test('each shape answers as its pattern alone, on awkward words', () => {
  const words = [
    '', 'a', 'A', 'I', "I'm", 'I’ve', 'Is', 'CDs', 'CEOs', 'CEO.', 'Dr.', 'Dr', 'Jan', 'G20', 'F-16', 'A380', 'B-52s', 'Kerry’s', "Russians'",
    "'s", 's', "s'", "x's", "X.'s", 'Moscow-based', 'U.S.-led', '-led', 'al-Assad', "d'Estaing", 'o’Neil', 'bint-Ali', 'mac-Donald', 'van-Dam',
    'U.N.', 'U.S.A.', 'A&M', 'E.', 'É.', '𝐀.', 'Émile', 'émile', 'Übermensch', 'McDonald', 'Smith-Jones', 'ABCs', 'Monday', 'MONDAY',
    'AIDS', 'Ph.D.', 'PhD', 'the', 'The', 'THE', '1990', '(', "’s", 'Anna\n’s', 'x-', 'Ab-cd-', 'Ab-Cd', 'ÉTATS', 'Ñandú', 'İstanbul',
  ];
  for (const w of words) same(w);
  for (const w of notNames) {
    same(w);
    same(w + '.');
    same(w + 's');
  }
});

test('isCommon knows every common word in any case, and no other word', () => {
  for (const w of commonSet) {
    assert.equal(isCommon(w), true, w);
    assert.equal(isCommon(w[0].toUpperCase() + w.slice(1)), true, w);
    assert.equal(isCommon(w.toUpperCase()), commonSet.has(w.toUpperCase().toLowerCase()), w);
    same(w + 'x');
  }
  for (const w of ['Kerry', 'Lavrov', 'KERRY', 'Straße', 'STRASSE', 'İstanbul', 'Ünited', 'naïve', 'NAÏVE', '']) same(w);
});

test('each shape answers as its pattern alone, on random words', () => {
  const alphabet = ['a', 'l', 'd', 'o', 's', 'I', 'A', 'B', 'S', 'É', 'é', '𝐀', '.', '-', "'", '’', '&', '1', ' ', '\n', 'van', 'al', 'Mac'];
  let seed = 11;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let k = 0; k < 30000; k++) {
    let w = '';
    for (let i = 0, n = rnd(8); i < n; i++) w += alphabet[rnd(alphabet.length)];
    same(w);
  }
});
