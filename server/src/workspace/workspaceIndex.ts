// The compact cross-document index. Per article it keeps only the entity heads, packed in an Int32Array
// (interned name, type, aliases and role; mention and quote counts; first mention), and a reference to the
// detail (mention ranges, quotes with their text): a record in the on-disk log, or a JSON string when there
// is no cache folder, parsed only when a query needs it. Name postings (slot ids per name key) find the
// articles that may name an entity without scanning every file. An open document's summary wins over the
// indexed copy of the same file.
import { nameKey, sameEntity, spellingVariant, type NamedEntity } from './identity';
import type { IndexLog } from './indexLog';
import type { EntityHead, FileSummary, QuoteSummary, SummaryDetail } from './summary';
import { splitSummary } from './summary';

/** Where an article's detail is: a record in a log, a JSON string, or the parsed object (open documents). */
export type DetailRef =
  | { log: IndexLog<{ p: string }>; offset: number; length: number }
  | { json: string }
  | { value: SummaryDetail };

export interface EntityInfo {
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  mentionCount: number;
  quoteCount: number;
  /** The defining mention's range. */
  first: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** One entity's figures across the other articles of the index. */
export interface EntityCounts {
  mentions: number;
  quotes: number;
  articles: number;
  /** Articles where it is quoted. */
  quotedArticles: number;
}

/** Which slots to look in, a cheap test on an entity's packed head, and the real test on its info. */
interface Query {
  slots: Slot[];
  quick: (e: Int32Array, o: number) => boolean;
  test: (e: EntityInfo) => boolean;
}

export interface EntityHit {
  uri: string;
  index: number;
  entity: EntityInfo;
}

export interface WorkspaceSymbolHit {
  name: string;
  type: string;
  uri: string;
  role: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const Stride = 10;
const NoAliases = 0;

interface FileRec {
  ents: Int32Array;
  detail: DetailRef;
}

interface Slot {
  id: number;
  uri: string;
  disk?: FileRec;
  open?: FileRec;
}

const DetailCacheSize = 256;

export class WorkspaceIndex {
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly aliasLists: string[][] = [[]];
  private readonly aliasIds = new Map<string, number>([['', NoAliases]]);
  private readonly slots = new Map<string, Slot>();
  private readonly byId: (Slot | undefined)[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly details = new Map<number, SummaryDetail>();
  /** nameKey of each interned string and of each alias list, computed once: queries compare keys, not names. */
  private readonly keyCache: (string | undefined)[] = [];
  private readonly aliasKeyCache: (string[] | undefined)[] = [];
  private listeners: (() => void)[] = [];
  private silent = 0;
  generation = 0;

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  private intern(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  private internAliases(a: string[]): number {
    if (!a.length) return NoAliases;
    const k = a.join('\u0001');
    let id = this.aliasIds.get(k);
    if (id === undefined) {
      id = this.aliasLists.length;
      this.aliasLists.push(a.map((x) => this.strings[this.intern(x)]));
      this.aliasIds.set(k, id);
    }
    return id;
  }

  /** Entity heads packed as the index keeps them (names interned); the indexer keeps this, not the heads. */
  pack(heads: EntityHead[]): Int32Array {
    const ents = new Int32Array(heads.length * Stride);
    heads.forEach((h, i) => {
      const o = i * Stride;
      ents[o] = this.intern(h[0]);
      ents[o + 1] = this.intern(h[1]);
      ents[o + 2] = this.internAliases(h[2]);
      ents[o + 3] = this.intern(h[3]);
      for (let k = 4; k < Stride; k++) ents[o + k] = h[k] as number;
    });
    return ents;
  }

  /** The heads again from their packed form (to write a record again). */
  unpack(ents: Int32Array): EntityHead[] {
    const out: EntityHead[] = [];
    for (let o = 0; o < ents.length; o += Stride) {
      const e = this.info(ents, o);
      out.push([e.name, e.type, e.aliases, this.strings[ents[o + 3]], e.mentionCount, e.quoteCount, ents[o + 6], ents[o + 7], ents[o + 8], ents[o + 9]]);
    }
    return out;
  }

  /** An indexed file (from disk): its packed entity heads (`pack`) and where its detail is; null removes it. */
  setDisk(uri: string, ents: Int32Array | null, detail?: DetailRef): void {
    this.update(uri, (slot) => {
      slot.disk = ents && detail ? { ents, detail } : undefined;
    });
  }

  setOpen(uri: string, summary: FileSummary | null): void {
    this.update(uri, (slot) => {
      if (!summary) slot.open = undefined;
      else {
        const { heads, detail } = splitSummary(summary);
        slot.open = { ents: this.pack(heads), detail: { value: detail } };
      }
    });
  }

  /** Many updates at once (a warm start): listeners hear once at the end. */
  batch(fn: () => void): void {
    this.silent++;
    try {
      fn();
    } finally {
      this.silent--;
    }
    this.changed();
  }

  clearDisk(): void {
    this.batch(() => {
      for (const uri of [...this.slots.keys()]) this.setDisk(uri, null);
    });
  }

  hasDisk(uri: string): boolean {
    return !!this.slots.get(uri)?.disk;
  }

  private update(uri: string, change: (slot: Slot) => void): void {
    let slot = this.slots.get(uri);
    if (!slot) {
      slot = { id: this.byId.length, uri };
      this.byId.push(slot);
      this.slots.set(uri, slot);
    }
    const before = slot.open ?? slot.disk;
    if (before) for (const k of this.keysOf(before)) this.unpost(k, slot.id);
    change(slot);
    this.details.delete(slot.id);
    const after = slot.open ?? slot.disk;
    if (after) for (const k of this.keysOf(after)) this.post(k, slot.id);
    else {
      this.slots.delete(uri);
      this.byId[slot.id] = undefined;
    }
    this.changed();
  }

  private changed(): void {
    if (this.silent) return;
    this.generation++;
    for (const fn of this.listeners) fn();
  }

  private post(k: string, id: number): void {
    const list = this.postings.get(k);
    if (!list) this.postings.set(k, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  private unpost(k: string, id: number): void {
    const list = this.postings.get(k);
    if (!list) return;
    const i = list.indexOf(id);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) this.postings.delete(k);
  }

  private keysOf(rec: FileRec): Set<string> {
    const keys = new Set<string>();
    const e = rec.ents;
    for (let o = 0; o < e.length; o += Stride) {
      const name = nameKey(this.strings[e[o]]);
      keys.add(name);
      for (const a of this.aliasLists[e[o + 2]]) keys.add(nameKey(a));
      if (this.strings[e[o + 1]] === 'person') for (const part of name.split(' ')) if (part.length >= 3) keys.add('part:' + part);
    }
    return keys;
  }

  get size(): number {
    return this.slots.size;
  }

  private info(e: Int32Array, o: number): EntityInfo {
    const role = this.strings[e[o + 3]];
    return {
      name: this.strings[e[o]],
      type: this.strings[e[o + 1]],
      aliases: this.aliasLists[e[o + 2]],
      roles: role ? [role] : [],
      mentionCount: e[o + 4],
      quoteCount: e[o + 5],
      first: { start: { line: e[o + 6], character: e[o + 7] }, end: { line: e[o + 8], character: e[o + 9] } },
    };
  }

  /** The slots posted under `keys`, by URI (`sorted`), or as found (counting: 20,000 URIs are slow to sort). */
  private candidates(keys: string[], sorted = true): Slot[] {
    const ids = new Set<number>();
    for (const k of keys) for (const id of this.postings.get(k) ?? []) ids.add(id);
    const out: Slot[] = [];
    for (const id of ids) {
      const s = this.byId[id];
      if (s) out.push(s);
    }
    return sorted ? out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)) : out;
  }

  private keyOf(stringId: number): string {
    return (this.keyCache[stringId] ??= nameKey(this.strings[stringId]));
  }

  private aliasKeysOf(listId: number): string[] {
    return (this.aliasKeyCache[listId] ??= this.aliasLists[listId].map(nameKey));
  }

  /**
   * Visits the entities in `slots` (packed heads `e` at offset `o`) that pass the cheap test on their packed head
   * (interned ids and cached keys) and then `test`, which depends only on the name, type and aliases: it runs
   * once per distinct combination of them. An organization named in every article of an archive must not cost
   * an object and a name comparison per article.
   */
  private eachHit(query: Query, visit: (slot: Slot, index: number, e: Int32Array, o: number) => void): void {
    // name id -> [type id, alias list id, passed (1/0)] triples
    const tested = new Map<number, number[]>();
    const passes = (e: Int32Array, o: number): boolean => {
      let seen = tested.get(e[o]);
      if (!seen) tested.set(e[o], (seen = []));
      for (let k = 0; k < seen.length; k += 3) if (seen[k] === e[o + 1] && seen[k + 1] === e[o + 2]) return seen[k + 2] === 1;
      const ok = query.test(this.info(e, o));
      seen.push(e[o + 1], e[o + 2], ok ? 1 : 0);
      return ok;
    };
    for (const slot of query.slots) {
      const e = (slot.open ?? slot.disk)!.ents;
      for (let o = 0, i = 0; o < e.length; o += Stride, i++) if (query.quick(e, o) && passes(e, o)) visit(slot, i, e, o);
    }
  }

  private hitAt(slot: Slot, index: number, e: Int32Array, o: number): EntityHit {
    return { uri: slot.uri, index, entity: this.info(e, o) };
  }

  private hits(query: Query): EntityHit[] {
    const out: EntityHit[] = [];
    this.eachHit(query, (slot, index, e, o) => out.push(this.hitAt(slot, index, e, o)));
    return out;
  }

  /** The same entity: same canonical name, or name/alias match. */
  private sameQuery(e: NamedEntity, sorted = true): Query {
    const name = nameKey(e.name);
    const keys = new Set([name, ...e.aliases.map(nameKey)]);
    // sameEntity needs the other's name among our keys, or our name among its aliases.
    const quick = (x: Int32Array, o: number) => keys.has(this.keyOf(x[o])) || (x[o + 2] !== NoAliases && this.aliasKeysOf(x[o + 2]).includes(name));
    return { slots: this.candidates([...keys], sorted), quick, test: (x) => sameEntity(e, x) };
  }

  /** People spelled differently (Sergey / Sergei Lavrov); null for other entities. */
  private variantQuery(e: NamedEntity, sorted = true): Query | null {
    if (e.type !== 'person') return null;
    const parts = nameKey(e.name).split(' ');
    const keys = parts.filter((p) => p.length >= 3).map((p) => 'part:' + p);
    const person = this.stringIds.get('person');
    // spellingVariant needs a person with as many words, each starting with the same letter.
    const quick = (x: Int32Array, o: number) => {
      if (x[o + 1] !== person) return false;
      const other = this.keyOf(x[o]).split(' ');
      return other.length === parts.length && other.every((w, i) => w[0] === parts[i][0]);
    };
    return { slots: this.candidates(keys, sorted), quick, test: (x) => spellingVariant(e, x) };
  }

  /** The entity in every indexed article (same canonical name, or name/alias match). */
  find(e: NamedEntity): EntityHit[] {
    return this.hits(this.sameQuery(e));
  }

  /** People spelled differently elsewhere (Sergey / Sergei Lavrov). */
  variants(e: NamedEntity): EntityHit[] {
    const q = this.variantQuery(e);
    return q ? this.hits(q) : [];
  }

  /**
   * Visits the same entity and then its spelling variants, each hit once: a variant that is also the same
   * entity (a names-list alias spelled differently) was visited with it. Only people have variants.
   */
  private eachWithVariants(e: NamedEntity, sorted: boolean, visit: (slot: Slot, index: number, ents: Int32Array, o: number) => void): void {
    const variants = this.variantQuery(e, sorted);
    // slot id and entity index in one number (an article has far fewer than 2^20 entities)
    const seen = variants ? new Set<number>() : null;
    this.eachHit(this.sameQuery(e, sorted), (slot, i, x, o) => {
      seen?.add(slot.id * 0x100000 + i);
      visit(slot, i, x, o);
    });
    if (variants) this.eachHit(variants, (slot, i, x, o) => !seen!.has(slot.id * 0x100000 + i) && visit(slot, i, x, o));
  }

  /** Everything the same entity, including spelling variants: used by references and counts. */
  findWithVariants(e: NamedEntity): EntityHit[] {
    const out: EntityHit[] = [];
    this.eachWithVariants(e, true, (slot, index, x, o) => out.push(this.hitAt(slot, index, x, o)));
    return out;
  }

  /**
   * What findWithVariants would count outside `exceptUri` (mentions, quotes, articles, articles with quotes),
   * without keeping a hit per article: code lenses count every person and organization of an article.
   */
  countWithVariants(e: NamedEntity, exceptUri: string): EntityCounts {
    const counts: EntityCounts = { mentions: 0, quotes: 0, articles: 0, quotedArticles: 0 };
    const articles = new Set<number>();
    const quoted = new Set<number>();
    this.eachWithVariants(e, false, (slot, _i, x, o) => {
      if (slot.uri === exceptUri) return;
      counts.mentions += x[o + 4];
      counts.quotes += x[o + 5];
      articles.add(slot.id);
      if (x[o + 5]) quoted.add(slot.id);
    });
    counts.articles = articles.size;
    counts.quotedArticles = quoted.size;
    return counts;
  }

  private detail(uri: string): SummaryDetail | null {
    const slot = this.slots.get(uri);
    const rec = slot && (slot.open ?? slot.disk);
    if (!slot || !rec) return null;
    if ('value' in rec.detail) return rec.detail.value;
    let d = this.details.get(slot.id);
    if (!d) {
      d = JSON.parse('json' in rec.detail ? rec.detail.json : rec.detail.log.detail(rec.detail.offset, rec.detail.length)) as SummaryDetail;
      if (this.details.size >= DetailCacheSize) this.details.delete(this.details.keys().next().value!);
      this.details.set(slot.id, d);
    }
    return d;
  }

  /** The hit's quotes (its article's detail is read from disk if needed). */
  quotesOf(hit: EntityHit): QuoteSummary[] {
    return this.detail(hit.uri)?.q.filter((q) => q.entity === hit.index) ?? [];
  }

  /** The hit's mention ranges, packed [line, char, line, char, ...]. */
  mentionsOf(hit: EntityHit): number[] {
    return this.detail(hit.uri)?.m[hit.index] ?? [];
  }

  /**
   * People and organizations whose name (or an alias) contains the query's characters in order: the
   * distinct names are matched once, then their articles are found through the postings.
   */
  symbols(query: string, max: number): WorkspaceSymbolHit[] {
    const q = query.toLowerCase().replace(/\s+/g, '');
    const out: WorkspaceSymbolHit[] = [];
    const person = this.stringIds.get('person');
    const org = this.stringIds.get('organization');
    const wanted = (e: Int32Array, o: number) => e[o + 1] === person || e[o + 1] === org;
    const push = (slot: Slot, e: Int32Array, o: number) => {
      if (e[o + 6] < 0) return;
      out.push({
        name: this.strings[e[o]],
        type: this.strings[e[o + 1]],
        uri: slot.uri,
        role: this.strings[e[o + 3]],
        range: { start: { line: e[o + 6], character: e[o + 7] }, end: { line: e[o + 8], character: e[o + 9] } },
      });
    };
    if (!q) {
      for (const slot of this.slots.values()) {
        const e = (slot.open ?? slot.disk)!.ents;
        for (let o = 0; o < e.length; o += Stride) {
          if (!wanted(e, o)) continue;
          push(slot, e, o);
          if (out.length >= max) return out;
        }
      }
      return out;
    }
    // Name ids that match, then the articles holding them (postings by the name's key).
    const matching = new Set<number>();
    const keys = new Set<string>();
    this.strings.forEach((s, id) => {
      if (fuzzy(q, s)) {
        matching.add(id);
        keys.add(nameKey(s));
      }
    });
    const aliasMatch = new Set<number>();
    this.aliasLists.forEach((list, id) => {
      if (list.some((a) => matching.has(this.stringIds.get(a)!))) aliasMatch.add(id);
    });
    for (const slot of this.candidates([...keys])) {
      const e = (slot.open ?? slot.disk)!.ents;
      for (let o = 0; o < e.length; o += Stride) {
        if (!wanted(e, o) || !(matching.has(e[o]) || aliasMatch.has(e[o + 2]))) continue;
        push(slot, e, o);
        if (out.length >= max) return out;
      }
    }
    return out;
  }

  /** Articles indexed or open, and distinct speakers (quoted people and organizations). */
  stats(): { articles: number; speakers: number } {
    const speakers = new Set<number>();
    for (const slot of this.slots.values()) {
      const e = (slot.open ?? slot.disk)!.ents;
      for (let o = 0; o < e.length; o += Stride) if (e[o + 5] > 0) speakers.add(e[o]);
    }
    return { articles: this.slots.size, speakers: speakers.size };
  }
}

/** Characters of the query in order, spaces ignored (VS Code filters again; this keeps the list short). */
function fuzzy(query: string, name: string): boolean {
  let i = 0;
  for (let k = 0; k < name.length && i < query.length; k++) {
    const c = name[k].toLowerCase();
    if (c === query[i]) i++;
  }
  return i === query.length;
}
