// A form of address ("Your Honor", "my Lords", "Your Majesty") names the person spoken to, not a body.
//   "Well, Your Honor, I don't think so"         → Your Honor: person
//   "My Lords, thank you. … my Lords will know"   → Lords: person (each time)
// Not: "the House of Lords", "Lord Sugar" (the honorific is part of a longer name: the other rules type it).
import type { Mention } from './cluster';

// Honorific nouns that follow "Your", "My", "His" or "Her" in speech to or about a judge, a peer or a sovereign.
const HONORIFIC = /^(?:Honou?r|Majesty|Excellency|Highness|Lordship|Ladyship|Grace|Eminence|Holiness|Worship|Lords?|Lady|Ladies)$/;
const OWNER = /^(?:Your|My|His|Her)$/;
const OWNER_BEFORE = /\b(?:[Yy]our|[Mm]y|[Hh]is|[Hh]er)\s+$/;

/** Types "Your Honor" and "my Lords" as people: whoever they are, a person is addressed. */
export function formsOfAddress(mentions: Mention[], text: string): Mention[] {
  for (const m of mentions) {
    const t = m.tokens;
    if (m.type === 'person' || t.length > 2 || !HONORIFIC.test(t[t.length - 1])) continue;
    if (t.length === 2 ? OWNER.test(t[0]) : OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) m.type = 'person';
  }
  return mentions;
}
