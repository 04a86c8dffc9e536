// Craft and events are named things, not people or bodies (type other).
//   "the Galileo and Ulysses spacecraft", "the Hubble telescope", "the Curiosity rover" → other (a craft)
//   "Stardust is a NASA space capsule"   → other (categories.ts reads the noun after "is a")
//   "the Paralympics", "before the Olympics", "the Games will be shown live"            → other (an event)
// Not: "a NASA space capsule", "an ESA probe" (after "a" the name is the maker: a named craft is one craft),
// "NASA scientists" (only craft nouns), "Games Workshop" (the event word must be the whole name).

// A lowercase craft noun right after the name: "Ulysses spacecraft", "the Kepler space telescope".
const CRAFT_AFTER = /^[ \t]+(?:space[ \t]+)?(?:spacecraft|capsule|probe|rover|lander|orbiter|telescope|observatory satellite)\b/;
// Events named by a plural of the event itself.
const EVENT_WORDS = /^(?:Olympics|Paralympics|Olympiad|Games|Championships|Playoffs)$/;

/** True when the words after a one- or two-word name say it is a spacecraft, probe or telescope. */
export function isCraftName(text: string, m: { start: number; end: number; name: string }): boolean {
  // (CRAFT_AFTER starts with a space or a tab; more than two words are two spaces)
  const c = text.charCodeAt(m.end);
  if ((c !== 0x20 && c !== 0x09) || m.name.indexOf(' ', m.name.indexOf(' ') + 1) > 0) return false;
  if (!CRAFT_AFTER.test(text.slice(m.end, m.end + 30))) return false;
  return !/\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/** True for a name that is only the word for a sports event: "the Paralympics", "the Games". */
export function isEventWord(name: string): boolean {
  return EVENT_WORDS.test(name);
}
