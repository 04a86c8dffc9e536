// A one-word name with a capital inside is a company, brand or site, not a person.
//   "LibriVox volunteers recorded it", "YouTube said", "PlayStation sales" → not a person
// Not: "McDonald", "MacArthur", "DiCaprio", "LeBron", "DeSantis", "O'Neill" (name prefixes).
import type { Mention } from './cluster';

const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const PREFIX = /^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|St|Fitz)\p{Lu}/u;

export function isCamelCase(name: string): boolean {
  return CAMEL.test(name) && !PREFIX.test(name);
}

/** Re-types one-word CamelCase names typed as people to organizations. */
export function camelCaseNotPeople(mentions: Mention[]): Mention[] {
  for (const m of mentions) if (m.type === 'person' && m.tokens.length === 1 && isCamelCase(m.name)) m.type = 'organization';
  return mentions;
}
