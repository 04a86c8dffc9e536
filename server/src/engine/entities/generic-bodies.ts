// "the Government", "the Administration" on their own are the text's government, written with a capital by
// house style: a common noun, not a name (as "the government" would be).
//   "unless the Government can prove his committability" → no entity
// Not: "the Government of India", "Government House" (a longer name), "Government Accountability Office".
import type { Mention } from './cluster';

const GENERIC = /^(?:Government|Administration)$/;

/** Drops a lone "Government" / "Administration" that no other word names. */
export function dropGenericBodies(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !(m.tokens.length === 1 && GENERIC.test(m.name) && !m.gazetteer));
}
