// TimeML loader (TimeBank, AQUAINT): the scored text is the content of <TEXT>…</TEXT> with all tags
// removed and XML entities decoded. Everything outside <TEXT> (DOCID, DCT, TITLE, EXTRAINFO) is
// left out: it is metadata, not article prose, and its only timex is the creation time (DCT),
// which gives the publication date and is never scored. CRLF is normalised to LF first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc, GoldTimex } from './types';
import { decodeXml } from './text';

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : null;
}

/** Parses one .tml document. */
export function parseTimeml(xml: string, id: string): GoldDoc {
  xml = xml.replace(/\r\n?/g, '\n');
  let published: string | null = null;
  const dct = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  if (dct) {
    const v = attr(dct[0], 'value') ?? '';
    if (/^\d{4}-\d\d-\d\d/.test(v)) published = v.slice(0, 10);
  }
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  const src = body ? body[1] : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { tag: string; start: number }[] = [];
  const re = /<(\/?)([A-Za-z0-9_]+)\b[^>]*?(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    if (m[4] !== undefined) {
      text += decodeXml(m[4]);
      continue;
    }
    const [tag, close, name, selfClose] = [m[0], m[1], m[2], m[3]];
    if (name !== 'TIMEX3' || selfClose) continue;
    if (!close) open.push({ tag, start: text.length });
    else {
      const o = open.pop();
      if (!o || attr(o.tag, 'functionInDocument') === 'CREATION_TIME') continue;
      timexes.push({
        start: o.start,
        end: text.length,
        text: text.slice(o.start, text.length),
        type: attr(o.tag, 'type') ?? '',
        value: attr(o.tag, 'value') ?? '',
      });
    }
  }
  timexes.sort((a, b) => a.start - b.start);
  return { id, text, published, timexes };
}

export function loadTimeml(evalRoot: string, limit = Infinity): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const corpus of ['TimeBank', 'AQUAINT']) {
    const dir = path.join(evalRoot, 'tempeval3', corpus);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
      docs.push(parseTimeml(readFileSync(path.join(dir, f), 'utf8'), `${corpus}/${f.replace(/\.tml$/, '')}`));
    }
  }
  // Interleave the two corpora so that --limit samples both.
  const tb = docs.filter((d) => d.id.startsWith('TimeBank'));
  const aq = docs.filter((d) => d.id.startsWith('AQUAINT'));
  const mixed: GoldDoc[] = [];
  for (let i = 0; i < Math.max(tb.length, aq.length); i++) {
    if (tb[i]) mixed.push(tb[i]);
    if (aq[i]) mixed.push(aq[i]);
  }
  return mixed.slice(0, limit);
}
