// Capitalised runs of common words that are slogans, titles or kinds of thing, not names of bodies or people.
//   "his Always Keep Fighting campaign", "a banner that read We Know" → other (a pronoun or an adverb: a saying)
//   "meaning Half The World"                                         → other (a mid-run "The": a title)
//   "I wanted to be a Fighter Pilot", "implementing a Tax System that …" → no entity (a kind: "a/an" before it)
//   'a "Wrecking Ball"-inspired sketch'                              → other (quoted: a title)
// Not: "Best Buy", "Consumer Reports said" (common words alone are too weak a sign), "a Best Buy store" (the run
// modifies a noun after it: the name of a body), "Our Lady of Lourdes", nor a name a gazetteer or context knows.
import type { Mention } from './cluster';
import { isCommon, stripPossessive } from './shape';

const SAYING = new Set(['I', 'We', 'You', 'They', 'Us', 'Me', 'My', 'Your', 'Their', 'Always', 'Never', 'Not', 'Ever', 'Forever']);
// "a", "an", or "a unique": an indefinite article, perhaps with one lowercase adjective.
const INDEFINITE = /\b[Aa]n?\s+(?:\p{Ll}+\s+)?["“]?$/u;
// The run is the head of its phrase: punctuation, a verb, a preposition or the end follows, not a noun it modifies.
const HEAD_ENDS = /^(?:["”]?\s*(?:[,.;:!?)\-–—]|$|\s+(?:and|or|that|which|who|called|named|is|was|in|at|for|of|to|with|on|from)\b))/;

function plain(m: Mention): boolean {
  if (m.tokens.length < 2 || m.gazetteer || m.role || m.team || m.type === 'other') return false;
  if (Math.max(m.scores.person, m.scores.organization, m.scores.place) >= 1.5) return false;
  return m.tokens.every((raw) => {
    const t = stripPossessive(raw).base;
    return /^\p{Lu}\p{Ll}*$/u.test(t) && (isCommon(t) || SAYING.has(t));
  });
}

const saying = (m: Mention) => m.tokens.some((t) => SAYING.has(t)) || m.tokens.slice(1).includes('The');

/** Slogans and titles become other; a kind of thing after "a"/"an" is dropped. */
export function slogans(mentions: Mention[], text: string): Mention[] {
  return mentions.filter((m) => {
    if (!plain(m)) return true;
    // "Your Honor", "My Lord", "Our Lady": forms of address and titles of persons, left to their own rules.
    if (saying(m) && !(m.tokens.length === 2 && /^(?:Your|My|Our)$/.test(m.tokens[0]))) {
      m.type = 'other';
      return true;
    }
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (!INDEFINITE.test(before) || !HEAD_ENDS.test(text.slice(m.end, m.end + 12))) return true;
    // a "Wrecking Ball"-inspired sketch: quoted, it is the title of a work.
    if (/["“]$/.test(before)) m.type = 'other';
    return m.type === 'other';
  });
}
