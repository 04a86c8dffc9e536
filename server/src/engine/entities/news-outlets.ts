// A one-word name coined on "news" is a news outlet, an organization, whatever verb it goes with: outlets
// interview, tell and report like people ("Wikinews interviewed the founder", "he told Euronews").
//   "Wikinews interviews a bar owner", "Newsmax / Zogby poll", "the Paris Newsroom"  → organization
// Not: common nouns built on "news" ("Newspaper", "Newsletter", "Newsreader"), "News" alone, longer names
// ("Fox News" is an organization by its own evidence).
import type { NamedRun } from './candidate-kit';

const OUTLET = /^(?:\p{Lu}\p{L}*news|News(?!paper|letter|reader|caster|stand|agent|print|worthy|reel)\p{Ll}*[a-rt-z])$/u;

/** Organization evidence for a one-word name built on "news" ("Wikinews", "Newsmax"). */
export function newsOutlet(n: NamedRun): void {
  if (n.words.length === 1 && OUTLET.test(n.name)) n.scores.organization += 4;
}
