// GUM loader (CoNLL-U, annotations CC BY 4.0; texts CC BY / CC BY-SA): 84 documents of five
// genres (academic, bio, court, interview, voyage). Read in place from <eval>/gum.
// - Text: the `# text` lines with their original spacing; a sentence follows the previous one
//   after a space, or after a blank line where `# newpar` starts a paragraph (headings too).
// - Names: a mention (`Entity=` brackets in column 10) is named when its syntactic head (the
//   token whose dependency head lies outside the mention) is a proper noun, or when it has a
//   Wikipedia identity and contains proper nouns. Its `parts` are its proper-noun tokens, less
//   those of a nested named mention (so "University of Helsinki" does not also answer for
//   "Helsinki"). Types: person → PER, organization → ORG, place → LOC, any other etype (event,
//   object, abstract…) → OTHER. GUM types national teams and clubs as organizations.
// - Dates: `<date>` elements (column 10 `XML=`), value from `when`, or a whole year, decade or
//   century written as `from … to …`; other ranges (`notBefore`, arbitrary spans) keep their span
//   but have no comparable value (value ''), so they count for recall only.
// - Quotes: `<q>` elements in the interviews, scored like PolNeAR quotes (no gold speaker).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc, GoldName, GoldQuote, GoldTimex, Range } from './types';

interface Token {
  id: number;
  form: string;
  upos: string;
  head: number;
  misc: string;
  start: number;
  end: number;
}

const NAME_TYPES: Record<string, GoldName['type']> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** A range token ("35-36 Trump's") gives its surface span to the words it contains. */
function placeTokens(sentence: string, base: number, lines: string[][]): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  let rangeEnd = 0;
  let rangeSpan: Range | null = null;
  for (const cols of lines) {
    const [id, form, , upos, , , head, , , misc] = cols;
    const locate = (f: string): Range => {
      const at = sentence.indexOf(f, cursor);
      if (at < 0) return { start: base + cursor, end: base + cursor };
      cursor = at + f.length;
      return { start: base + at, end: base + cursor };
    };
    if (id.includes('-')) {
      rangeEnd = Number(id.split('-')[1]);
      rangeSpan = locate(form);
      continue;
    }
    if (id.includes('.')) continue; // empty nodes
    const n = Number(id);
    const span = rangeSpan && n <= rangeEnd ? rangeSpan : locate(form);
    if (rangeSpan && n >= rangeEnd) rangeSpan = null;
    out.push({ id: n, form, upos, head: Number(head), misc, ...span });
  }
  return out;
}

const miscField = (misc: string, key: string) =>
  misc
    .split('|')
    .find((f) => f.startsWith(`${key}=`))
    ?.slice(key.length + 1) ?? '';

/** Date value as TimeML would write it, or '' when the range has no single such value. */
export function gumDateValue(tag: string): string {
  const a = (k: string) => new RegExp(`\\b${k}:::"([^"]*)"`).exec(tag)?.[1] ?? null;
  const when = a('when');
  if (when) return when;
  const from = a('from');
  const to = a('to');
  if (!from || !to) return '';
  const year = (s: string, edge: 'start' | 'end') =>
    /^\d{4}$/.test(s) ? Number(s) : edge === 'start' && /^\d{4}-01-01$/.test(s) ? Number(s.slice(0, 4)) : edge === 'end' && /^\d{4}-12-31$/.test(s) ? Number(s.slice(0, 4)) : null;
  const f = year(from, 'start');
  const t = year(to, 'end');
  if (f === null || t === null) return '';
  if (f === t) return String(f);
  if (f % 10 === 0 && t === f + 9) return String(f / 10);
  if (f % 100 === 0 && t === f + 99) return String(f / 100);
  return '';
}

export function parseGum(conllu: string, id: string): GoldDoc {
  let text = '';
  let published: string | null = null;
  const tokens: (Token & { sent: number })[] = [];
  let newpar = false;
  let sentenceText = '';
  let rows: string[][] = [];
  let sent = 0;
  const flush = () => {
    if (!rows.length) return;
    if (text) text += newpar ? '\n\n' : ' ';
    const base = text.length;
    text += sentenceText;
    for (const t of placeTokens(sentenceText, base, rows)) tokens.push({ ...t, sent });
    sent++;
    rows = [];
    newpar = false;
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('#')) {
      if (line.startsWith('# newpar')) newpar = true;
      else if (line.startsWith('# text = ')) sentenceText = line.slice(9);
      else if (line.startsWith('# meta::dateCreated = ')) published = line.slice(22).trim().slice(0, 10);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    rows.push(line.split('\t'));
  }
  flush();

  // Entity mentions and XML elements, as token index ranges (inclusive).
  const mentions: { etype: string; identity: string; first: number; last: number }[] = [];
  const openMentions = new Map<string, { etype: string; identity: string; first: number }[]>();
  const elements: { tag: string; name: string; first: number; last: number }[] = [];
  const openElements: { tag: string; name: string; first: number }[] = [];
  tokens.forEach((t, i) => {
    const ent = miscField(t.misc, 'Entity');
    for (const m of ent.matchAll(/\((\d+)-([^()]*)(\)?)|(\d+)\)/g)) {
      if (m[4]) {
        const stack = openMentions.get(m[4]);
        const open = stack?.pop();
        if (open) mentions.push({ ...open, last: i });
        continue;
      }
      const fields = m[2].split('-');
      const mention = { etype: fields[0], identity: fields.slice(6).join('-'), first: i };
      if (m[3]) mentions.push({ ...mention, last: i });
      else openMentions.set(m[1], [...(openMentions.get(m[1]) ?? []), mention]);
    }
    const xml = miscField(t.misc, 'XML');
    for (const m of xml.matchAll(/<(\/?)([a-z]+)([^>]*)>/g)) {
      if (!m[1]) openElements.push({ tag: m[0], name: m[2], first: i });
      else {
        const k = openElements.map((e) => e.name).lastIndexOf(m[2]);
        if (k >= 0) elements.push({ ...openElements.splice(k, 1)[0], last: i });
      }
    }
  });

  // Named mentions: proper-noun head, or a Wikipedia identity with proper nouns inside.
  const named = mentions.filter((m) => {
    const inside = (k: number) => k >= m.first && k <= m.last;
    const span = tokens.slice(m.first, m.last + 1);
    const heads = span.filter((t, k) => {
      if (t.head === 0) return true;
      const headIndex = m.first + k + (t.head - t.id);
      return !inside(headIndex) || tokens[headIndex]?.sent !== t.sent;
    });
    const propn = span.some((t) => t.upos === 'PROPN');
    return heads[0]?.upos === 'PROPN' || (m.identity !== '' && propn);
  });
  const names: GoldName[] = [];
  for (const m of named) {
    const nested = named.filter((o) => o !== m && o.first >= m.first && o.last <= m.last && o.last - o.first < m.last - m.first);
    const propn = (skipNested: boolean) =>
      tokens
        .slice(m.first, m.last + 1)
        .map((t, k) => ({ t, k: m.first + k }))
        .filter(({ t, k }) => t.upos === 'PROPN' && !(skipNested && nested.some((o) => k >= o.first && k <= o.last)));
    let parts = propn(true);
    if (!parts.length) parts = propn(false);
    if (!parts.length) continue;
    const start = tokens[m.first].start;
    const end = tokens[m.last].end;
    names.push({
      start,
      end,
      type: NAME_TYPES[m.etype] ?? 'OTHER',
      etype: m.etype,
      parts: parts.map(({ t }) => ({ start: t.start, end: t.end })),
      text: text.slice(start, end),
    });
  }
  names.sort((a, b) => a.start - b.start);

  const span = (e: { first: number; last: number }) => ({ start: tokens[e.first].start, end: tokens[e.last].end });
  const timexes: GoldTimex[] = elements
    .filter((e) => e.name === 'date')
    .map((e) => ({ ...span(e), text: text.slice(span(e).start, span(e).end), type: 'DATE', value: gumDateValue(e.tag) }))
    .sort((a, b) => a.start - b.start);
  const quotes: GoldQuote[] = elements
    .filter((e) => e.name === 'q')
    .map((e) => {
      const r = span(e);
      return { ...r, parts: [r], text: text.slice(r.start, r.end), source: null, sourceText: null };
    })
    .sort((a, b) => a.start - b.start);
  return { id, text, published, names, timexes, quotes };
}

export function loadGum(evalRoot: string, limit = Infinity): GoldDoc[] {
  const dir = path.join(evalRoot, 'gum');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .slice(0, limit)
    .map((f) => parseGum(readFileSync(path.join(dir, f), 'utf8'), `gum/${f.replace(/\.conllu$/, '')}`));
}
