// Outline: speakers with their quotes beneath (then unattributed quotes), other people, organizations,
// places, and a timeline of dates in resolved order.
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { Entity, Quote } from '../engine/types';
import type { DocModel } from '../workspace/model';
import { shorten } from '../workspace/summary';
import { dateShort } from './format';

function cover(children: DocumentSymbol[]): Range {
  let start = children[0].range.start;
  let end = children[0].range.end;
  for (const c of children) {
    if (c.range.start.line < start.line || (c.range.start.line === start.line && c.range.start.character < start.character)) start = c.range.start;
    if (c.range.end.line > end.line || (c.range.end.line === end.line && c.range.end.character > end.character)) end = c.range.end;
  }
  return { start, end };
}

function group(name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol[] {
  if (!children.length) return [];
  const range = cover(children);
  return [{ name, kind, range, selectionRange: children[0].selectionRange, children }];
}

function quoteSymbol(model: DocModel, q: Quote): DocumentSymbol {
  const range = model.range(q);
  return { name: shorten(q.text, 60), detail: q.kind, kind: SymbolKind.String, range, selectionRange: range };
}

function entitySymbol(model: DocModel, e: Entity, kind: SymbolKind, children?: DocumentSymbol[]): DocumentSymbol {
  const selectionRange = model.range(e.mentions[0]);
  const detail = [e.roles[0], children?.length ? `${children.length} quote${children.length === 1 ? '' : 's'}` : null].filter(Boolean).join(' · ');
  const sym: DocumentSymbol = { name: e.name, detail: detail || undefined, kind, range: selectionRange, selectionRange, children };
  if (children?.length) sym.range = cover([sym, ...children]);
  return sym;
}

const computed = new WeakMap<DocModel, DocumentSymbol[]>();

/** The outline of one analysed version (computed once: outline views ask often). */
export function documentSymbols(model: DocModel): DocumentSymbol[] {
  let out = computed.get(model);
  if (!out) computed.set(model, (out = outline(model)));
  return out;
}

function outline(model: DocModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const speakerSyms: DocumentSymbol[] = [];
  const quoted = new Set<string>();
  // Speakers in order of their first quote; anonymous sources grouped by their words.
  const anonymous = new Map<string, Quote[]>();
  const order: ({ entity: Entity } | { words: string })[] = [];
  for (const q of model.quotes) {
    if (!q.speaker) continue;
    const e = model.speakerEntity(q);
    if (e) {
      if (!quoted.has(e.id)) {
        quoted.add(e.id);
        order.push({ entity: e });
      }
    } else {
      const key = q.speaker.text;
      if (!anonymous.has(key)) {
        anonymous.set(key, []);
        order.push({ words: key });
      }
      anonymous.get(key)!.push(q);
    }
  }
  for (const o of order) {
    if ('entity' in o) {
      const children = model.quotesOf(o.entity).map((q) => quoteSymbol(model, q));
      speakerSyms.push(entitySymbol(model, o.entity, SymbolKind.Class, children));
    } else {
      const qs = anonymous.get(o.words)!;
      const children = qs.map((q) => quoteSymbol(model, q));
      const selectionRange = model.range(qs[0].speaker!);
      speakerSyms.push({ name: o.words, detail: `unnamed source · ${qs.length} quote${qs.length === 1 ? '' : 's'}`, kind: SymbolKind.Class, range: cover([{ range: selectionRange } as DocumentSymbol, ...children]), selectionRange, children });
    }
  }
  out.push(...speakerSyms);
  const unattributed = model.quotes.filter((q) => !q.speaker && q.kind !== 'scare').map((q) => quoteSymbol(model, q));
  out.push(...group('Unattributed quotes', SymbolKind.Namespace, unattributed));
  const entities = model.analysis.entities;
  out.push(...group('People', SymbolKind.Namespace, entities.filter((e) => e.type === 'person' && !quoted.has(e.id)).map((e) => entitySymbol(model, e, SymbolKind.Class))));
  out.push(...group('Organizations', SymbolKind.Namespace, entities.filter((e) => e.type === 'organization' && !quoted.has(e.id)).map((e) => entitySymbol(model, e, SymbolKind.Module))));
  out.push(...group('Places', SymbolKind.Namespace, entities.filter((e) => e.type === 'place').map((e) => entitySymbol(model, e, SymbolKind.EnumMember))));
  const timeline = [...model.dates]
    .sort((a, b) => (a.value && b.value ? (a.value < b.value ? -1 : a.value > b.value ? 1 : a.start - b.start) : a.value ? -1 : b.value ? 1 : a.start - b.start))
    .map((d): DocumentSymbol => {
      const range = model.range(d);
      const resolved = dateShort(d.value);
      return { name: resolved && resolved !== d.text ? `${resolved} — ${d.text}` : d.text, detail: d.value ?? 'unresolved', kind: SymbolKind.Event, range, selectionRange: range };
    });
  out.push(...group('Timeline', SymbolKind.Namespace, timeline));
  return out;
}
