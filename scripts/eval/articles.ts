// The two shared articles: compare analyze() output with the hand-made gold (*.gold.json) and
// list every miss as a readable line. Reused by the CLI end-to-end test.
import type { Analysis, Entity } from '../../server/src/engine/types';

export interface ArticleGold {
  published: string;
  quotes: { start: number; opening: string; kind: 'direct' | 'partial' | 'scare'; speaker: string | null; alsoAccepted?: string[] }[];
  /** person name → aliases */
  people: Record<string, string[]>;
  /** person name → role text */
  roles: Record<string, string>;
  organizations: string[];
  places: string[];
  dates: { start: number; end: number; text: string; type: string; value: string }[];
}

const norm = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

function names(e: Entity): string[] {
  return [e.name, ...e.aliases].map(norm);
}

/** Entities of `type` known by `name` (canonical name or alias), case-insensitive. */
function byName(a: Analysis, type: Entity['type'], name: string): Entity[] {
  return a.entities.filter((e) => e.type === type && names(e).includes(norm(name)));
}

function speakerMatches(a: Analysis, sp: NonNullable<Analysis['quotes'][number]['speaker']>, wanted: string): boolean {
  const ent = sp.entity ? a.entities.find((e) => e.id === sp.entity) : undefined;
  if (ent && names(ent).includes(norm(wanted))) return true;
  // Anonymous sources are named in the gold by their words ("a senior State Department official").
  return !ent && norm(sp.text) === norm(wanted);
}

function describeSpeaker(a: Analysis, sp: Analysis['quotes'][number]['speaker']): string {
  if (!sp) return 'none';
  const ent = sp.entity ? a.entities.find((e) => e.id === sp.entity) : undefined;
  return ent ? `"${sp.text}" → ${ent.name}` : `"${sp.text}" (no entity)`;
}

/** Every way `analysis` differs from `gold`; an empty list means the article came out right. */
export function checkArticle(analysis: Analysis, gold: ArticleGold, text?: string): string[] {
  const misses: string[] = [];
  const a = analysis;
  const at = (n: number) => (text ? ` "${text.slice(n, n + 40).replace(/\s+/g, ' ')}…"` : '');

  if (gold.published && a.published !== gold.published)
    misses.push(`published: expected ${gold.published}, got ${a.published ?? 'none'}`);

  // Quotes: found at the gold start, right kind, right speaker.
  const goldStarts = new Set(gold.quotes.map((q) => q.start));
  for (const g of gold.quotes) {
    const q = a.quotes.find((x) => x.start === g.start);
    const label = `quote at ${g.start} ${g.opening}…`;
    if (!q) {
      const near = a.quotes.find((x) => x.start < g.start + g.opening.length && g.start < x.end);
      misses.push(`${label}: not found${near ? ` (a quote starts at ${near.start} instead)` : ''}`);
      continue;
    }
    if (q.kind !== g.kind) misses.push(`${label}: kind ${q.kind}, expected ${g.kind}`);
    if (g.speaker === null) {
      if (q.speaker) misses.push(`${label}: speaker ${describeSpeaker(a, q.speaker)}, expected none`);
      continue;
    }
    const accepted = [g.speaker, ...(g.alsoAccepted ?? [])];
    if (!q.speaker) misses.push(`${label}: no speaker, expected ${g.speaker}`);
    else if (!accepted.some((w) => speakerMatches(a, q.speaker!, w)))
      misses.push(`${label}: speaker ${describeSpeaker(a, q.speaker)}, expected ${accepted.join(' or ')}`);
  }
  for (const q of a.quotes)
    if (!goldStarts.has(q.start)) misses.push(`extra ${q.kind} quote at ${q.start}:${at(q.start)}`);

  // People: one entity carrying the name and every alias.
  for (const [name, aliases] of Object.entries(gold.people)) {
    const found = byName(a, 'person', name);
    if (!found.length) {
      const other = a.entities.filter((e) => names(e).includes(norm(name)));
      misses.push(`person ${name}: not found${other.length ? ` (found as ${other.map((e) => e.type).join(', ')})` : ''}`);
      continue;
    }
    const missing = aliases.filter((al) => !found.some((e) => names(e).includes(norm(al))));
    if (missing.length) misses.push(`person ${name}: aliases missing ${missing.join(', ')} (has ${found.map((e) => [e.name, ...e.aliases].join(' / ')).join('; ')})`);
    else if (!found.some((e) => aliases.every((al) => names(e).includes(norm(al)))))
      misses.push(`person ${name}: aliases split over ${found.length} entities`);
    if (found.length > 1) misses.push(`person ${name}: ${found.length} entities instead of one`);
    // Aliases also known as a separate person entity mean the mentions were not merged.
    for (const al of aliases) {
      const apart = byName(a, 'person', al).filter((e) => !names(e).includes(norm(name)));
      if (apart.length) misses.push(`person ${name}: alias ${al} is a separate entity (${apart.map((e) => e.name).join(', ')})`);
    }
  }
  // Roles: gold role text contained in one of our roles.
  for (const [name, role] of Object.entries(gold.roles)) {
    const ents = byName(a, 'person', name);
    if (!ents.length) continue; // already reported as a missing person
    if (!ents.some((e) => e.roles.some((r) => norm(r).includes(norm(role)))))
      misses.push(`role of ${name}: expected "${role}", got ${JSON.stringify(ents.flatMap((e) => e.roles))}`);
  }
  for (const [type, list] of [
    ['organization', gold.organizations],
    ['place', gold.places],
  ] as const) {
    for (const name of list) {
      if (byName(a, type, name).length) continue;
      const other = a.entities.filter((e) => names(e).includes(norm(name)));
      misses.push(`${type} ${name}: not found${other.length ? ` (found as ${other.map((e) => e.type).join(', ')})` : ''}`);
    }
  }
  // Dates: exact span and value.
  for (const g of gold.dates) {
    const label = `date "${g.text}" at ${g.start}`;
    const d = a.dates.find((x) => x.start === g.start && x.end === g.end);
    if (!d) {
      const near = a.dates.find((x) => x.start < g.end && g.start < x.end);
      misses.push(`${label}: not found${near ? ` (found "${near.text}" at ${near.start}-${near.end})` : ''}`);
    } else if (d.value !== g.value) misses.push(`${label}: value ${d.value}, expected ${g.value}`);
  }
  return misses;
}
