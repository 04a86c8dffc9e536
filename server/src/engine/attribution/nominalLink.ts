// "The Harbor Times reported … “…,” the newspaper said": a definite common noun that refers back to
// an organization the story named earlier is linked to that organization, so its quotes land on
// the organization's card. Only a noun that fits the kind of organization links ("the newspaper"
// to a publication, "the ministry" to a body whose name says Ministry, "the company" to a name
// with Corp, Inc, Group …), and only to the nearest such mention in the last few paragraphs: an
// unlinked speaker is better than a wrong one.
import type { Entity } from '../types';
import data from '../../data/org-nouns.json';

const PUBLICATION = new Set(data.publication);
const COMPANY = new Set(data.company);
const BODY = new Set(data.body);
const PUBLICATION_NAME = new RegExp(`\\b(?:${data.publicationNames.join('|')})\\b`);
const COMPANY_NAME = new RegExp(`\\b(?:${data.companyNames.join('|')})\\b`);
/** How far back (in UTF-16 units) the organization may have been named. */
const WINDOW = 3000;

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Does an organization called `name` fit the noun `head`? */
function fits(head: string, name: string): boolean {
  if (name.split(/\s+/).includes(cap(head))) return true; // "the ministry" → "Foreign Ministry"
  if (PUBLICATION.has(head) && PUBLICATION_NAME.test(name)) return true;
  if (COMPANY.has(head) && COMPANY_NAME.test(name)) return true; // "the company" → "Acme Shipping Corp."
  return false;
}

/** True when `head` is a noun that can stand for an organization named earlier. */
export function isOrgNoun(head: string): boolean {
  return PUBLICATION.has(head) || COMPANY.has(head) || BODY.has(head);
}

/**
 * The id of the organization a definite nominal speaker ("the newspaper") refers back to: the
 * nearest fitting organization mention before `at`, or null.
 */
export function organizationFor(entities: Entity[], head: string, at: number): string | null {
  if (!isOrgNoun(head)) return null;
  let best: { id: string; end: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'organization' || !fits(head, e.name)) continue;
    for (const m of e.mentions) {
      if (m.end > at) break;
      if (at - m.end > WINDOW) continue;
      if (!best || m.end > best.end) best = { id: e.id, end: m.end };
    }
  }
  return best?.id ?? null;
}
