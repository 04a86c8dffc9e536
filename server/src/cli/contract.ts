// The JSON contract of `news-lens annotate` (README, "Command line") and its CSV form. Only these fields,
// in this order; engine-internal fields (speaker method, relative, anchor) are left out.
import type { Analysis, Origin } from '../engine/types';

export type Format = 'json' | 'jsonl' | 'csv';

export interface AnnotationJson {
  file: string;
  published: string | null;
  publishedSource: Analysis['publishedSource'];
  entities: Array<{
    id: string;
    type: string;
    name: string;
    aliases: string[];
    roles: string[];
    mentions: Array<{ start: number; end: number; text: string }>;
    origin: Origin;
  }>;
  quotes: Array<{
    id: string;
    start: number;
    end: number;
    text: string;
    kind: string;
    speaker: null | { entity: string | null; start: number; end: number; text: string; anonymous: boolean; origin: Origin };
    cue: null | { start: number; end: number; text: string };
    origin: Origin;
  }>;
  dates: Array<{ start: number; end: number; text: string; type: string; value: string | null; origin: Origin }>;
  problems: Array<{ start: number; end: number; severity: string; code: string; message: string }>;
}

const spanJson = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });

export function toJson(file: string, a: Analysis): AnnotationJson {
  return {
    file,
    published: a.published,
    publishedSource: a.publishedSource,
    entities: a.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases],
      roles: [...e.roles],
      mentions: e.mentions.map(spanJson),
      origin: e.origin ?? 'machine',
    })),
    quotes: a.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker
        ? { entity: q.speaker.entity, start: q.speaker.start, end: q.speaker.end, text: q.speaker.text, anonymous: q.speaker.anonymous, origin: q.speaker.origin ?? 'machine' }
        : null,
      cue: q.cue ? spanJson(q.cue) : null,
      origin: q.origin ?? 'machine',
    })),
    dates: a.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value, origin: d.origin ?? 'machine' })),
    problems: a.problems.map((p) => ({ start: p.start, end: p.end, severity: p.severity, code: p.code, message: p.message })),
  };
}

// CSV (RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled)

export const CSV_HEADER = ['file', 'speaker', 'quote', 'cue', 'start', 'end'];

export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: Array<string | number | null>): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** One row per quote; the speaker column is the linked entity's name, else the speaker words. */
export function csvRows(json: AnnotationJson): string {
  const names = new Map(json.entities.map((e) => [e.id, e.name]));
  return json.quotes
    .map((q) => {
      const speaker = q.speaker ? (q.speaker.entity && names.get(q.speaker.entity)) || q.speaker.text : null;
      return csvRow([json.file, speaker, q.text, q.cue?.text ?? null, q.start, q.end]);
    })
    .join('');
}
