// Languages, cultures and schools of thought are things people speak or hold, not people (type other).
//   "a Kwa language spoken in Ghana", "Siwu speakers", "the Bayot speaking area" → Kwa, Siwu, Bayot: other
//   "speakers of Kujireray", "the Hohokam culture"                               → other
//   "Structuralism", "Sociolinguistics", "Christianity", "Philology"              → other (the word's own form)
// Not: "the language of Essil" (Essil is the village the language is named for), "Lee speaking at the
// meeting" (a person speaking: only a lowercase "speaking" right before a noun, as in "X speaking area"),
// "the Smithsonian" or "Physics World" (only one-word names, and only these endings).

// A name right before one of these nouns is a language or a culture.
const LANGUAGE_AFTER = /^[ \t]+(?:language|languages|dialect|dialects|speakers|culture|cultures|varieties|variety)\b/;
// "the Bayot speaking area", "Bayot-speaking villages"
const SPEAKING_AFTER = /^(?:[ \t]+|-)speaking[ \t]+(?!(?:at|to|about|with|on|in|of|for|from|during|before|after|as|and|or|but|the|a|an|his|her|their|out|up|later|today)\b)\p{Ll}/u;
// "speakers of Kujireray", "native speakers of Siwu"
const SPEAKERS_OF = /\bspeakers\s+of\s+$/;
// Fields, doctrines and faiths by their ending: one word only ("Sociolinguistics", "Buddhism", "Christianity").
const ABSTRACT_WORD = /^\p{Lu}\p{Ll}+(?:ism|isms|ology|ologies|istics|ianity)$/u;

/** True when the words around a mention, or its own form, say it names a language, a culture or a doctrine. */
export function isLanguageOrDoctrine(text: string, m: { start: number; end: number; name: string }): boolean {
  if (ABSTRACT_WORD.test(m.name)) return true;
  const after = text.slice(m.end, m.end + 30);
  if (LANGUAGE_AFTER.test(after) || SPEAKING_AFTER.test(after)) return true;
  return SPEAKERS_OF.test(text.slice(Math.max(0, m.start - 25), m.start));
}
