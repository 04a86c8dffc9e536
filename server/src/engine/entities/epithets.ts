// "Peter the Great", "Ivan the Terrible", "John the Baptist": an epithet after "the" ends the person's name;
// on its own it is no name (a capitalised adjective read as a body or a place).
//   "a friend of Tsar Peter the Great"   → Peter the Great: one person
//   "Later Catherine the Great added"    → Catherine the Great: one person
// Not: "Peter the builder" (lowercase), "Russia the Great Power" (no epithet word alone), "Mexico the Great" is
// kept as typed unless a person comes before "the".
import { mention, type Mention } from './cluster';

// Kinds of epithets of rulers, saints and heroes.
const EPITHET = 'Great|Terrible|Elder|Younger|Bold|Pious|Wise|Conqueror|Confessor|Magnificent|Fair|Fat|Bald|Good|Just|Unready|Venerable|Apostate|Martyr|Navigator|Liberator|Lawgiver|Builder|Mad|Brave|Cruel|Blessed|Baptist|Evangelist|Apostle|Divine|Hermit|Lionheart|Lame|Tall|Short|Simple|Illuminator|Restorer|Peaceful|Victorious';
const THE_EPITHET = new RegExp(`^\\s+the\\s+(?:${EPITHET})\\b(?![-\\s]+\\p{Lu})`, 'u');
const AFTER_NAME = /\p{Lu}[\p{L}'’.-]*\s+the\s+$/u;
const EPITHET_WORD = new RegExp(`^(?:${EPITHET})$`);

/** Extends a person's name over "the Great"; drops an epithet found alone after a capitalised word. */
export function epithets(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue; // the epithet a person's name now covers
    if (m.tokens.length === 1 && EPITHET_WORD.test(m.name) && AFTER_NAME.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    const e = m.type === 'person' ? THE_EPITHET.exec(text.slice(m.end, m.end + 24)) : null;
    if (!e) {
      out.push(m);
      continue;
    }
    const end = m.end + e[0].length;
    out.push(mention({ ...m, end, name: text.slice(m.start, end), tokens: [...m.tokens, 'the', e[0].trim().split(/\s+/).pop()!] }));
  }
  return out;
}
