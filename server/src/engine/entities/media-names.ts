// A one-word name built on a word for news, broadcasting, media or software is a company or a site, not a
// person or a place, whatever the verbs around it say ("X told Wikinews", "Quantcast ranks the site").
//   "Biologist Ana Ruiz tells Wikinews about ants", "according to Quantcast", "the Newsmax poll" → organization
// Not: common words ("Podcast", "Broadcast"), names with a capital inside (camel-case.ts), surnames such as
// "Bennet" (no such ending).
import type { Mention } from './cluster';
import { isCommon } from './shape';

const MEDIA = /^(?:\p{Lu}\p{Ll}{2,}(?:news|cast|media|pedia|soft)|News\p{Ll}{3,})$/u;

/** Whether a one-word name is made on a media or software word ("Wikinews", "Quantcast", "Newsmax"). */
export function isMediaName(name: string): boolean {
  return MEDIA.test(name) && !isCommon(name);
}

/** Re-types one-word media and software names typed as people or places to organizations. */
export function mediaNames(mentions: Mention[]): Mention[] {
  for (const m of mentions) if ((m.type === 'person' || m.type === 'place') && m.tokens.length === 1 && isMediaName(m.name.replace(/['’]s?$/, ''))) m.type = 'organization';
  return mentions;
}
