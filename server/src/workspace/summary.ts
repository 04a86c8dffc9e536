// The compact cross-document record of one article: entity names and mention ranges, quotes by speaker.
// This is what the workspace index keeps for thousands of files instead of full analyses.
import type { Analysis, EntityType, QuoteKind } from '../engine/types';
import { LineIndex } from './positions';

/** Ranges are packed as [startLine, startChar, endLine, endChar, ...]. */
export interface EntitySummary {
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: number[];
}

export interface QuoteSummary {
  /** Index into `entities` of the speaker, or -1. */
  entity: number;
  speaker: string | null;
  kind: QuoteKind;
  range: [number, number, number, number];
  /** The quote's words, shortened. */
  text: string;
}

export interface FileSummary {
  uri: string;
  entities: EntitySummary[];
  quotes: QuoteSummary[];
}

export function shorten(text: string, max = 100): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…';
}

export function summarize(uri: string, text: string, analysis: Analysis, lines = new LineIndex(text)): FileSummary {
  const index = new Map<string, number>();
  const entities: EntitySummary[] = analysis.entities.map((e, i) => {
    index.set(e.id, i);
    const mentions: number[] = [];
    for (const m of e.mentions) {
      const r = lines.range(m.start, m.end);
      mentions.push(r.start.line, r.start.character, r.end.line, r.end.character);
    }
    return { name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, mentions };
  });
  const quotes: QuoteSummary[] = analysis.quotes.map((q) => {
    const r = lines.range(q.start, q.end);
    return {
      entity: q.speaker?.entity != null ? (index.get(q.speaker.entity) ?? -1) : -1,
      speaker: q.speaker ? q.speaker.text : null,
      kind: q.kind,
      range: [r.start.line, r.start.character, r.end.line, r.end.character],
      text: shorten(q.text),
    };
  });
  return { uri, entities, quotes };
}

/**
 * What the workspace index keeps in memory for one entity of an indexed file: name, type, aliases, first
 * role, mention and quote counts, and the first mention's range. Mention ranges and quotes (the detail) stay
 * on disk or in a JSON string until a query needs them.
 */
export type EntityHead = [name: string, type: string, aliases: string[], role: string, mentions: number, quotes: number, l0: number, c0: number, l1: number, c1: number];

export interface SummaryDetail {
  /** Packed mention ranges per entity. */
  m: number[][];
  q: QuoteSummary[];
}

export function splitSummary(s: FileSummary): { heads: EntityHead[]; detail: SummaryDetail } {
  const counts = new Array<number>(s.entities.length).fill(0);
  for (const q of s.quotes) if (q.entity >= 0) counts[q.entity]++;
  const heads = s.entities.map((e, i): EntityHead => {
    const m = e.mentions;
    return [e.name, e.type, e.aliases, e.roles[0] ?? '', m.length / 4, counts[i], m[0] ?? -1, m[1] ?? -1, m[2] ?? -1, m[3] ?? -1];
  });
  return { heads, detail: { m: s.entities.map((e) => e.mentions), q: s.quotes } };
}

export function unpackRanges(packed: number[]): { start: { line: number; character: number }; end: { line: number; character: number } }[] {
  const out = [];
  for (let i = 0; i + 3 < packed.length; i += 4) {
    out.push({ start: { line: packed[i], character: packed[i + 1] }, end: { line: packed[i + 2], character: packed[i + 3] } });
  }
  return out;
}

export function quoteRange(q: QuoteSummary) {
  return { start: { line: q.range[0], character: q.range[1] }, end: { line: q.range[2], character: q.range[3] } };
}
