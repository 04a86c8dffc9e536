// The compact cross-document index: one FileSummary per article (from disk, or from the open document,
// which wins), with name postings so entity look-ups do not scan every file.
import { nameKey, sameEntity, spellingVariant, type NamedEntity } from './identity';
import type { EntitySummary, FileSummary, QuoteSummary } from './summary';

export interface EntityHit {
  uri: string;
  index: number;
  entity: EntitySummary;
  quotes: QuoteSummary[];
}

function keysFor(summary: FileSummary): string[] {
  const keys = new Set<string>();
  for (const e of summary.entities) {
    keys.add(nameKey(e.name));
    for (const a of e.aliases) keys.add(nameKey(a));
    if (e.type === 'person') for (const part of nameKey(e.name).split(' ')) if (part.length >= 3) keys.add('part:' + part);
  }
  return [...keys];
}

export class WorkspaceIndex {
  private readonly disk = new Map<string, FileSummary>();
  private readonly open = new Map<string, FileSummary>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, string[]>();
  private listeners: (() => void)[] = [];
  generation = 0;

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  setDisk(uri: string, summary: FileSummary | null): void {
    if (summary) this.disk.set(uri, summary);
    else this.disk.delete(uri);
    if (!this.open.has(uri)) this.reindex(uri);
  }

  setOpen(uri: string, summary: FileSummary | null): void {
    if (summary) this.open.set(uri, summary);
    else this.open.delete(uri);
    this.reindex(uri);
  }

  clearDisk(): void {
    for (const uri of [...this.disk.keys()]) this.setDisk(uri, null);
  }

  get(uri: string): FileSummary | undefined {
    return this.open.get(uri) ?? this.disk.get(uri);
  }

  get size(): number {
    return new Set([...this.disk.keys(), ...this.open.keys()]).size;
  }

  *files(): Iterable<FileSummary> {
    for (const s of this.open.values()) yield s;
    for (const [uri, s] of this.disk) if (!this.open.has(uri)) yield s;
  }

  private reindex(uri: string): void {
    for (const k of this.keysOf.get(uri) ?? []) {
      const set = this.postings.get(k);
      set?.delete(uri);
      if (set && set.size === 0) this.postings.delete(k);
    }
    const s = this.get(uri);
    const keys = s ? keysFor(s) : [];
    for (const k of keys) {
      let set = this.postings.get(k);
      if (!set) this.postings.set(k, (set = new Set()));
      set.add(uri);
    }
    if (keys.length) this.keysOf.set(uri, keys);
    else this.keysOf.delete(uri);
    this.generation++;
    for (const fn of this.listeners) fn();
  }

  private candidates(keys: string[]): Set<string> {
    const uris = new Set<string>();
    for (const k of keys) for (const u of this.postings.get(k) ?? []) uris.add(u);
    return uris;
  }

  private hits(uris: Iterable<string>, test: (e: EntitySummary) => boolean): EntityHit[] {
    const out: EntityHit[] = [];
    for (const uri of uris) {
      const s = this.get(uri);
      if (!s) continue;
      s.entities.forEach((entity, index) => {
        if (test(entity)) out.push({ uri, index, entity, quotes: s.quotes.filter((q) => q.entity === index) });
      });
    }
    return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.index - b.index));
  }

  /** The entity in every indexed article (same canonical name, or name/alias match). */
  find(e: NamedEntity): EntityHit[] {
    const keys = [e.name, ...e.aliases].map(nameKey);
    return this.hits(this.candidates(keys), (x) => sameEntity(e, x));
  }

  /** People spelled differently elsewhere (Sergey / Sergei Lavrov). */
  variants(e: NamedEntity): EntityHit[] {
    if (e.type !== 'person') return [];
    const keys = nameKey(e.name).split(' ').filter((p) => p.length >= 3).map((p) => 'part:' + p);
    return this.hits(this.candidates(keys), (x) => spellingVariant(e, x));
  }

  /** Everything the same entity, including spelling variants: used by references and counts. */
  findWithVariants(e: NamedEntity): EntityHit[] {
    const seen = new Set<string>();
    const out: EntityHit[] = [];
    for (const h of [...this.find(e), ...this.variants(e)]) {
      const k = h.uri + '#' + h.index;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(h);
      }
    }
    return out;
  }
}
