// MEANTIME loader (NewsReader CAT XML, CC BY 4.0): tokens → natural text with offsets.
// Entities: named mentions (syntactic_type NAM) whose REFERS_TO instance has ent_type PER, ORG or
// LOC (PRO/FIN/MIX are ignored); of nested named mentions only the innermost are kept. MEANTIME mention extents are whole noun phrases, so its NER
// figures are reported both exact and relaxed (overlap).
// Dates: every TIMEX3 anchored to tokens except the creation time, whose value is the
// publication date; the creation-time line stays in the text (it is part of the article) but
// predictions on it are ignored (neither credited nor penalised).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc, GoldEntity, GoldTimex, NerType, Range } from './types';
import { decodeXml, detokenise } from './text';

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : null;
}

const TYPES: Record<string, NerType> = { PER: 'PER', PERSON: 'PER', ORG: 'ORG', ORGANIZATION: 'ORG', LOC: 'LOC', LOCATION: 'LOC' };

/** YYYY-MM-DD from a TIMEX3 value; one file writes its creation time DD-MM-YYYY. */
function isoDate(v: string): string | null {
  if (/^\d{4}-\d\d-\d\d/.test(v)) return v.slice(0, 10);
  const m = /^(\d\d)-(\d\d)-(\d{4})$/.exec(v);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

export function parseMeantime(xml: string, id: string): GoldDoc {
  // Tokens, grouped by sentence number.
  const tokens: { tid: string; sentence: string; word: string }[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    tokens.push({ tid: attr(m[1], 't_id') ?? '', sentence: attr(m[1], 'sentence') ?? '0', word: decodeXml(m[2]) });
  }
  const sentences: string[][] = [];
  let lastSentence: string | null = null;
  for (const t of tokens) {
    if (t.sentence !== lastSentence) sentences.push([]);
    sentences[sentences.length - 1].push(t.word);
    lastSentence = t.sentence;
  }
  const { text, offsets } = detokenise(sentences);
  const tokIndex = new Map(tokens.map((t, i) => [t.tid, i]));
  const spanOf = (anchors: string[]): Range | null => {
    const idx = anchors.map((a) => tokIndex.get(a)).filter((i): i is number => i !== undefined);
    if (!idx.length) return null;
    return { start: offsets[Math.min(...idx)][0], end: offsets[Math.max(...idx)][1] };
  };

  // Markables with their token anchors.
  const mentions = new Map<string, { syn: string; span: Range }>();
  const entityTypes = new Map<string, string>();
  const timexes: GoldTimex[] = [];
  const ignore: Range[] = [];
  let published: string | null = null;
  for (const m of xml.matchAll(/<(ENTITY_MENTION|TIMEX3|ENTITY)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g)) {
    const [, kind, attrs, , inner = ''] = m;
    const anchors = [...inner.matchAll(/t_id="([^"]+)"/g)].map((a) => a[1]);
    const mid = attr(attrs, 'm_id') ?? '';
    if (kind === 'ENTITY') {
      entityTypes.set(mid, attr(attrs, 'ent_type') ?? '');
    } else if (kind === 'ENTITY_MENTION') {
      const span = spanOf(anchors);
      if (span) mentions.set(mid, { syn: attr(attrs, 'syntactic_type') ?? '', span });
    } else {
      const span = spanOf(anchors);
      const value = attr(attrs, 'value') ?? '';
      if (attr(attrs, 'functionInDocument') === 'CREATION_TIME') {
        published = isoDate(value);
        if (span) ignore.push(span);
        continue;
      }
      if (span) timexes.push({ ...span, text: text.slice(span.start, span.end), type: attr(attrs, 'type') ?? '', value });
    }
  }
  // Two files do not mark their creation time: take the timex that fills the date line under the headline.
  if (!published) {
    const lines = text.split('\n');
    const dateLine = lines.length > 2 && /^\w+ \d\d?, \d{4}$/.test(lines[2]) ? { start: lines[0].length + 2, end: lines[0].length + 2 + lines[2].length } : null;
    const i = dateLine ? timexes.findIndex((t) => t.start === dateLine.start && t.end === dateLine.end) : -1;
    if (i >= 0) {
      published = isoDate(timexes[i].value);
      ignore.push(dateLine!);
      timexes.splice(i, 1);
    }
  }
  // REFERS_TO: mention(s) → entity instance, which carries the type.
  const entities: GoldEntity[] = [];
  const seen = new Set<string>();
  for (const r of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="([^"]+)"/.exec(r[1])?.[1];
    const type = target ? TYPES[entityTypes.get(target) ?? ''] : undefined;
    if (!type) continue;
    for (const s of r[1].matchAll(/<source m_id="([^"]+)"/g)) {
      const men = mentions.get(s[1]);
      const key = men && `${men.span.start}:${men.span.end}`;
      if (!men || men.syn !== 'NAM' || seen.has(key!)) continue;
      seen.add(key!);
      entities.push({ ...men.span, type, text: text.slice(men.span.start, men.span.end) });
    }
  }
  // Nested named mentions ("Airbus parent EADS" ⊃ "Airbus", "EADS"): keep the innermost, which
  // are the names themselves, so exact-span scoring is not asked for two answers at once.
  const innermost = entities.filter(
    (e) => !entities.some((o) => o !== e && o.start >= e.start && o.end <= e.end && o.end - o.start < e.end - e.start),
  );
  innermost.sort((a, b) => a.start - b.start);
  timexes.sort((a, b) => a.start - b.start);
  return { id, text, published, entities: innermost, timexes, ignore };
}

export function loadMeantime(evalRoot: string, limit = Infinity): GoldDoc[] {
  const root = path.join(evalRoot, 'meantime', 'intra-doc_annotation');
  if (!existsSync(root)) return [];
  const docs: GoldDoc[] = [];
  for (const corpus of readdirSync(root).sort()) {
    const dir = path.join(root, corpus);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) {
      docs.push(parseMeantime(readFileSync(path.join(dir, f), 'utf8'), `meantime/${corpus}/${f.replace(/\.xml$/, '')}`));
    }
  }
  return docs.slice(0, limit);
}
