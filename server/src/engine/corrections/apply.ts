// Applying a person's decisions to the machine's annotations. Four stages so analyze() can run the
// speaker rules between them: quotes and names first (a marked quote then gets a speaker from the
// rules; a removed quote no longer lends its speaker to the next one), speakers and dates after.
// Every stage copies what it changes: the engine's caches hold the machine's objects.
import type { Analysis, DateMention, Entity, Quote, Span, Speaker } from '../types';
import type { CorrectionRecord, CorrectionRef, NameEntry, SpeakerRef, Unplaced } from './types';

const ref = (r: CorrectionRecord): CorrectionRef => ({ id: r.id, action: r.decision.action, by: r.by, at: r.at });
const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/** Overlap of two spans over their union (1 = the same span). */
function iou(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** Index of the item at exactly this span, else the one overlapping it at least half, else -1. */
function matchIndex<T extends { start: number; end: number }>(items: T[], t: { start: number; end: number }): number {
  let bestI = -1;
  let best = 0.5;
  for (let i = 0; i < items.length; i++) {
    const o = iou(items[i], t);
    if (o === 1) return i;
    if (o >= best) {
      best = o;
      bestI = i;
    }
  }
  return bestI;
}

/** Who touched what, by span, carried from one stage to the next. */
export interface Touched {
  quotes: Map<string, CorrectionRef>;
  speakers: Map<string, CorrectionRef>;
  entities: Map<string, CorrectionRef>;
  dates: Map<string, CorrectionRef>;
  unplaced: Unplaced[];
}

export function newTouched(): Touched {
  return { quotes: new Map(), speakers: new Map(), entities: new Map(), dates: new Map(), unplaced: [] };
}

const sortByStart = <T extends { start: number; end: number }>(xs: T[]) => xs.sort((a, b) => a.start - b.start || a.end - b.end);

// ---------------------------------------------------------------------------------------------
// Quotes (before attribution)

export function correctQuotes(quotes: Quote[], text: string, records: CorrectionRecord[], touched: Touched): Quote[] {
  let out = quotes.map((q) => ({ ...q }));
  for (const r of records) {
    if (r.target.kind !== 'quote') continue;
    const d = r.decision;
    const t = r.target;
    const i = matchIndex(out, t);
    if (d.action === 'not-a-quote') {
      if (i >= 0) out.splice(i, 1);
      touched.quotes.delete(key(t));
      continue;
    }
    // Every other decision on a quote says it is one: place it exactly on the person's span.
    const kind = d.action === 'set-kind' || d.action === 'mark-quote' || d.action === 'confirm' ? d.kind : undefined;
    if (i >= 0) {
      out[i] = { ...out[i], start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: kind ?? out[i].kind };
    } else {
      out.push({ id: '', start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: kind ?? 'direct', speaker: null, cue: null });
    }
    touched.quotes.set(key(t), ref(r));
  }
  out = sortByStart(out);
  // Overlapping quotes cannot both stand: the person's wins.
  out = out.filter((q, k) => touched.quotes.has(key(q)) || !out.some((o, m) => m !== k && touched.quotes.has(key(o)) && iou(o, q) > 0));
  out.forEach((q, k) => (q.id = `q${k + 1}`));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names (before attribution)

function cloneEntity(e: Entity): Entity {
  return { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: e.mentions.map((m) => ({ ...m })) };
}

/** The entity a name refers to: canonical name first, then an alias, then the same ignoring case. */
export function entityNamed(entities: Entity[], name: string, except?: Entity): Entity | undefined {
  const pool = entities.filter((e) => e !== except && e.mentions.length > 0);
  const lower = name.toLowerCase();
  return (
    pool.find((e) => e.name === name) ??
    pool.find((e) => e.aliases.includes(name)) ??
    pool.find((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower))
  );
}

function tidy(e: Entity): void {
  sortByStart(e.mentions);
  const forms = new Set(e.mentions.map((m) => m.text));
  // The canonical name stays when it is still among the mentions; else the longest mention names it.
  if (!forms.has(e.name) && e.mentions.length) e.name = [...forms].sort((a, b) => b.length - a.length)[0];
  e.aliases = [...new Set([...e.aliases.filter((a) => forms.has(a)), ...forms])].filter((a) => a !== e.name);
}

export function correctEntities(entities: Entity[], text: string, records: CorrectionRecord[], names: NameEntry[], touched: Touched): Entity[] {
  let out = entities.map(cloneEntity);
  let fresh = 0;
  const newEntity = (type: Entity['type'], m: Span, name = m.text): Entity => {
    const e: Entity = { id: `h${++fresh}`, type, name, aliases: [], roles: [], mentions: [m] };
    out.push(e);
    return e;
  };
  const mark = (e: Entity, r: CorrectionRef) => touched.entities.set(e.id, r);
  const find = (t: { start: number; end: number }): { e: Entity; m: number } | null => {
    let hit: { e: Entity; m: number; o: number } | null = null;
    for (const e of out) {
      const m = matchIndex(e.mentions, t);
      if (m < 0) continue;
      const o = iou(e.mentions[m], t);
      if (!hit || o > hit.o) hit = { e, m, o };
    }
    return hit;
  };
  /** Take the mention at m out of e into an entity of its own. */
  const split = (e: Entity, m: number, type: Entity['type']): Entity => {
    if (e.mentions.length === 1) {
      e.type = type;
      return e;
    }
    const [mention] = e.mentions.splice(m, 1);
    tidy(e);
    return newEntity(type, mention);
  };

  // The workspace list first: a decision about this article overrides it.
  for (const n of names) {
    const r: CorrectionRef = { id: `names:${n.name}`, action: n.type ? 'set-type' : 'not-a-name', by: n.by, at: n.at };
    for (const e of out) {
      if (e.name !== n.name && !e.aliases.includes(n.name)) continue;
      if (n.type === null) e.mentions = [];
      else {
        e.type = n.type;
        mark(e, r);
      }
    }
    out = out.filter((e) => e.mentions.length > 0);
  }

  for (const r of records) {
    if (r.target.kind !== 'mention') continue;
    const d = r.decision;
    const t = r.target;
    const span: Span = { start: t.start, end: t.end, text: text.slice(t.start, t.end) };
    const hit = find(t);
    if (hit) hit.e.mentions[hit.m] = span; // the person's span wins over the machine's near miss
    switch (d.action) {
      case 'set-type':
      case 'mark-entity':
      case 'confirm': {
        const type = d.action === 'confirm' ? (d.type as Entity['type'] | undefined) ?? hit?.e.type ?? 'other' : d.type;
        const name = d.action === 'set-type' ? undefined : d.name;
        if (hit && d.action === 'set-type' && d.scope === 'article') {
          hit.e.type = type;
          mark(hit.e, ref(r));
          break;
        }
        if (hit && hit.e.type === type && (!name || hit.e.name === name || hit.e.aliases.includes(name))) {
          mark(hit.e, ref(r));
          break;
        }
        // Joins an entity of that type and name, else stands alone.
        if (hit) hit.e.mentions.splice(hit.m, 1), tidy(hit.e);
        // Whatever the machine had overlapping the person's span gives way.
        for (const e of out) e.mentions = e.mentions.filter((m) => iou(m, span) === 0);
        const join = out.find((e) => e.type === type && e.mentions.length > 0 && (e.name === (name ?? span.text) || e.aliases.includes(name ?? span.text)));
        if (join) {
          join.mentions.push(span);
          tidy(join);
          mark(join, ref(r));
        } else mark(newEntity(type, span, name ?? span.text), ref(r));
        break;
      }
      case 'not-a-name':
        if (!hit) break;
        if (d.scope === 'article') hit.e.mentions = [];
        else {
          hit.e.mentions.splice(hit.m, 1);
          if (hit.e.mentions.length) tidy(hit.e), mark(hit.e, ref(r));
        }
        break;
      case 'same-as': {
        if (!hit) break;
        const into = entityNamed(out, d.name, hit.e);
        if (!into) {
          touched.unplaced.push({ record: r, reason: `correction could not be applied: no other name "${d.name}" in this article` });
          break;
        }
        if ((d.scope ?? 'article') === 'article') {
          into.mentions.push(...hit.e.mentions);
          into.roles = [...new Set([...into.roles, ...hit.e.roles])];
          hit.e.mentions = [];
        } else {
          into.mentions.push(...hit.e.mentions.splice(hit.m, 1));
          if (hit.e.mentions.length) tidy(hit.e);
        }
        tidy(into);
        mark(into, ref(r));
        break;
      }
      case 'not-same-as': {
        if (!hit) break;
        mark(split(hit.e, hit.m, hit.e.type), ref(r));
        break;
      }
      case 'set-roles':
        if (!hit) break;
        hit.e.roles = [...d.roles];
        mark(hit.e, ref(r));
        break;
      default:
        break;
    }
    out = out.filter((e) => e.mentions.length > 0);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Speakers (after attribution)

/** The speaker a person named: their words in the text when given, else the entity's mention nearest before the quote. */
export function resolveSpeaker(sp: SpeakerRef, quote: Quote, entities: Entity[], text: string): Speaker {
  const words = sp.words && sp.words.end <= text.length && text.slice(sp.words.start, sp.words.end) === sp.words.exact ? sp.words : null;
  let entity = entityNamed(entities, sp.name);
  if (!entity && words) entity = entities.find((e) => e.mentions.some((m) => iou(m, words) === 1));
  if (words) return { start: words.start, end: words.end, text: words.exact, entity: entity?.id ?? null, anonymous: !entity };
  if (entity) {
    const before = entity.mentions.filter((m) => m.end <= quote.start);
    const after = entity.mentions.filter((m) => m.start >= quote.end);
    const m = before[before.length - 1] ?? after[0] ?? entity.mentions[0];
    return { start: m.start, end: m.end, text: m.text, entity: entity.id, anonymous: false };
  }
  // Free text ("a senior official"): its words before the quote, after it, or nowhere (an empty span).
  const at = text.lastIndexOf(sp.name, quote.start - sp.name.length);
  const after = at < 0 ? text.indexOf(sp.name, quote.end) : -1;
  const pos = at >= 0 ? at : after;
  if (pos >= 0) return { start: pos, end: pos + sp.name.length, text: sp.name, entity: null, anonymous: true };
  return { start: quote.start, end: quote.start, text: sp.name, entity: null, anonymous: true };
}

export function correctSpeakers(quotes: Quote[], entities: Entity[], text: string, records: CorrectionRecord[], touched: Touched): Quote[] {
  const out = quotes.map((q) => ({ ...q, speaker: q.speaker ? { ...q.speaker } : null }));
  const byKey = new Map(out.map((q) => [key(q), q]));
  for (const r of records) {
    if (r.target.kind !== 'quote') continue;
    const q = byKey.get(key(r.target));
    if (!q) continue;
    const d = r.decision;
    if (d.action === 'set-kind') q.kind = d.kind;
    let sp: SpeakerRef | null | undefined;
    if (d.action === 'set-speaker') sp = d.speaker;
    else if (d.action === 'unattributed') sp = null;
    else if (d.action === 'mark-quote' || d.action === 'confirm') {
      sp = d.speaker;
      if (d.kind) q.kind = d.kind;
    }
    if (sp === undefined) continue;
    q.speaker = sp === null ? null : resolveSpeaker(sp, q, entities, text);
    touched.speakers.set(key(q), ref(r));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

export function correctDates(dates: DateMention[], text: string, records: CorrectionRecord[], touched: Touched): DateMention[] {
  const out = dates.map((d) => ({ ...d }));
  for (const r of records) {
    if (r.target.kind !== 'date') continue;
    const d = r.decision;
    const t = r.target;
    const i = matchIndex(out, t);
    if (d.action === 'not-a-date') {
      if (i >= 0) out.splice(i, 1);
      touched.dates.delete(key(t));
      continue;
    }
    if (d.action !== 'set-value' && d.action !== 'mark-date' && d.action !== 'confirm') continue;
    const base: DateMention = i >= 0 ? out[i] : { start: t.start, end: t.end, text: '', type: 'date', value: null };
    const type = d.action === 'set-value' ? base.type : ((d.type as DateMention['type'] | undefined) ?? base.type);
    const value = d.value === undefined ? base.value : d.value;
    const next: DateMention = { ...base, start: t.start, end: t.end, text: text.slice(t.start, t.end), type, value };
    if (value !== base.value) delete next.relative, delete next.anchor;
    if (i >= 0) out[i] = next;
    else out.push(next);
    touched.dates.set(key(t), ref(r));
  }
  return sortByStart(out);
}

// ---------------------------------------------------------------------------------------------

/** Origin on everything: human where a record touched it. */
export function markOrigins(a: Analysis, touched: Touched): void {
  for (const e of a.entities) {
    const r = touched.entities.get(e.id);
    e.origin = r ? 'human' : 'machine';
    if (r) e.correction = r;
  }
  for (const q of a.quotes) {
    const r = touched.quotes.get(key(q)) ?? touched.speakers.get(key(q));
    q.origin = r ? 'human' : 'machine';
    if (r) q.correction = r;
    if (q.speaker) {
      const s = touched.speakers.get(key(q));
      q.speaker.origin = s ? 'human' : 'machine';
      if (s) q.speaker.correction = s;
    }
  }
  for (const d of a.dates) {
    const r = touched.dates.get(key(d));
    d.origin = r ? 'human' : 'machine';
    if (r) d.correction = r;
  }
}

/**
 * Apply records (already placed in `text`) to a finished analysis. Unlike analyze({ corrections }), the
 * speaker rules do not run again: a marked quote without a speaker has none.
 */
export function applyCorrections(analysis: Analysis, text: string, records: CorrectionRecord[], names: NameEntry[] = []): { analysis: Analysis; unplaced: Unplaced[] } {
  const touched = newTouched();
  const quotes = correctQuotes(analysis.quotes, text, records, touched);
  const entities = correctEntities(analysis.entities, text, records, names, touched);
  const ids = new Set(entities.map((e) => e.id));
  for (const q of quotes) if (q.speaker?.entity && !ids.has(q.speaker.entity)) q.speaker = { ...q.speaker, entity: null, anonymous: true };
  const withSpeakers = correctSpeakers(quotes, entities, text, records, touched);
  const dates = correctDates(analysis.dates, text, records, touched);
  const out: Analysis = { ...analysis, quotes: withSpeakers, entities, dates };
  markOrigins(out, touched);
  return { analysis: out, unplaced: touched.unplaced };
}
