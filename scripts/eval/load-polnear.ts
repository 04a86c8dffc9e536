// PolNeAR loader: brat standoff attributions → gold quotes.
// A gold quote is an attribution Content (or Content2) whose text contains a double quotation
// mark (straight " or curly “ ”, or NYT-style '') or a pair of single marks at word boundaries
// (headline style): direct and mixed quotes. Its speaker is the Source span.
// brat offsets count Unicode code points; they are converted to UTF-16 offsets here.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc, GoldQuote, Range } from './types';
import { codePointToUtf16 } from './text';

export interface BratSpan {
  id: string;
  label: string;
  parts: Range[];
  text: string;
}

export interface BratEvent {
  id: string;
  /** role → T id, e.g. { Attribution: 'T4', Source: 'T1', Cue: 'T2', Content: 'T3' } */
  args: Record<string, string>;
}

/** Parses brat `.ann` text; offsets are converted from code points to UTF-16 offsets into `text`. */
export function parseBrat(ann: string, text: string): { spans: Map<string, BratSpan>; events: BratEvent[] } {
  const cp = codePointToUtf16(text);
  const conv = (n: number) => cp[Math.min(n, cp.length - 1)];
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t?/.exec(line);
    if (t) {
      const parts = t[3]
        .trim()
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .map(([s, e]) => ({ start: conv(s), end: conv(e) }));
      spans.set(t[1], { id: t[1], label: t[2], parts, text: parts.map((p) => text.slice(p.start, p.end)).join(' ') });
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e) {
      const args: Record<string, string> = {};
      for (const a of e[2].trim().split(/\s+/)) {
        const [role, id] = a.split(':');
        if (role && id) args[role] = id;
      }
      events.push({ id: e[1], args });
    }
  }
  return { spans, events };
}

// '' is the New York Times' double quotation mark in PolNeAR's NYT texts.
const QUOTE_MARK = /["“”]|''/;
// Headlines quote with single marks (`Kasich: ‘We Are Going …’`): a single mark opening at a
// word boundary and one closing at a word boundary, so apostrophes ("Trump’s", "farmers’") do not count.
const SINGLE_QUOTED = /(?:^|[\s(\[—–-])[‘'][^\s‘’'][^‘’]*?[^\s‘’'][’'](?=$|[\s.,;:!?)\]—–-])/;
const isQuotation = (s: string) => QUOTE_MARK.test(s) || SINGLE_QUOTED.test(s);

export function quotesFromBrat(ann: string, text: string): GoldQuote[] {
  const { spans, events } = parseBrat(ann, text);
  const out: GoldQuote[] = [];
  for (const ev of events) {
    const src = ev.args.Source ? spans.get(ev.args.Source) : undefined;
    for (const role of ['Content', 'Content2']) {
      const c = ev.args[role] ? spans.get(ev.args[role]) : undefined;
      if (!c || !isQuotation(c.text)) continue;
      out.push({
        start: Math.min(...c.parts.map((p) => p.start)),
        end: Math.max(...c.parts.map((p) => p.end)),
        parts: c.parts,
        text: c.text,
        source: src ? src.parts : null,
        sourceText: src ? src.text : null,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** filename (without annotator suffix) → publication date, from metadata.tsv. */
function readDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const file = path.join(dir, 'metadata.tsv');
  if (!existsSync(file)) return dates;
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n');
  const cols = head.split('\t');
  const fi = cols.indexOf('filename');
  const di = cols.indexOf('publication_date');
  for (const r of rows) {
    const c = r.split('\t');
    if (c[fi] && /^\d{4}-\d\d-\d\d$/.test(c[di] ?? '')) dates.set(c[fi], c[di]);
  }
  return dates;
}

export function loadPolnear(evalRoot: string, split: 'dev' | 'train', limit = Infinity): GoldDoc[] {
  const dir = path.join(evalRoot, 'polnear');
  const dates = readDates(dir);
  const annDir = path.join(dir, split, 'attributions');
  const txtDir = path.join(dir, split, 'text');
  const docs: GoldDoc[] = [];
  const seen = new Set<string>();
  for (const name of readdirSync(annDir).filter((n) => n.endsWith('.ann')).sort()) {
    if (docs.length >= limit) break;
    // "<article>_<annotator>.ann" pairs with "<article>.txt"
    const base = name.replace(/\.ann$/, '');
    const article = base.replace(/_[0-9a-f]{4}$/, '');
    const txtFile = path.join(txtDir, `${article}.txt`);
    if (!existsSync(txtFile) || seen.has(article)) continue; // one annotator's version per article
    seen.add(article);
    const text = readFileSync(txtFile, 'utf8');
    const ann = readFileSync(path.join(annDir, name), 'utf8');
    const m = /_(\d{4}-\d\d-\d\d)_/.exec(article);
    docs.push({
      id: `polnear/${split}/${article}`,
      text,
      published: dates.get(article) ?? (m ? m[1] : null),
      quotes: quotesFromBrat(ann, text),
    });
  }
  return docs;
}
