// A one-word name built on a word for news, broadcasting, media or software is a company or a site, not a
// person or a place, whatever the verbs around it say ("X told Wikinews", "Quantcast ranks the site").
//   "Biologist Ana Ruiz tells Wikinews about ants", "according to Quantcast", "the Newsmax poll" → organization
// Not: common words ("Podcast", "Broadcast"), names with a capital inside (camel-case.ts), surnames such as
// "Bennet" (no such ending).
import type { Mention } from './cluster';
import { isMediaName } from './news-outlets';

/** Re-types one-word media and software names typed as people or places to organizations. */
export function mediaNames(mentions: Mention[]): Mention[] {
  for (const m of mentions) if ((m.type === 'person' || m.type === 'place') && m.tokens.length === 1 && isMediaName(m.name.replace(/['’]s?$/, ''))) m.type = 'organization';
  return mentions;
}
