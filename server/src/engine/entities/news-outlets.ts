// A one-word name built on a word for news, broadcasting, media or software is a company or a site, an
// organization, whatever verb it goes with: outlets interview, tell and report like people. Scored on the
// candidate, so a sentence-opening "Wikinews interviews …" is no doubtful capital; media-names.ts re-types the
// mentions typed otherwise.
//   "Wikinews interviews a bar owner", "he told Euronews", "the Newsmax / Zogby poll", "according to Quantcast" → organization
// Not: common words ("Newspaper", "Newsletter", "Podcast", "Broadcast"), longer names ("Fox News" has its own
// evidence), surnames such as "Bennet" (no such ending).
import type { NamedRun } from './candidate-kit';
import { isCommon } from './shape';

const MEDIA = /^(?:\p{Lu}\p{Ll}{2,}(?:news|cast|media|pedia|soft)|News\p{Ll}{3,})$/u;

/** Whether a one-word name is made on a media or software word ("Wikinews", "Quantcast", "Newsmax"). */
export function isMediaName(name: string): boolean {
  return MEDIA.test(name) && !isCommon(name);
}

/** Organization evidence for a one-word media or software name. */
export function newsOutlet(n: NamedRun): void {
  if (n.words.length === 1 && isMediaName(n.name)) n.scores.organization += 4;
}
