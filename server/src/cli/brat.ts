// brat standoff (https://brat.nlplab.org/standoff.html): writing an article's annotations as NAME.ann
// beside NAME.txt, and reading .ann files back. brat counts offsets in Unicode code points; the engine in
// UTF-16 code units: the conversion happens here and only here.
import type { Analysis, Entity } from '../engine/types';

export const ENTITY_LABELS: Record<Entity['type'], string> = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Other' };
export const LABEL_TYPES: Record<string, Entity['type']> = { Person: 'person', Organization: 'organization', Place: 'place', Other: 'other' };

/** annotation.conf for the exported folder: brat opens it, INCEpTION imports it. */
export const ANNOTATION_CONF = `# News Lens export (brat standoff). Offsets are Unicode code points.
[entities]
Quote
Person
Organization
Place
Other
Date
Cue
# Words naming a speaker that are not a name ("he", "a senior official")
Speaker

[relations]
# From a quote to the words naming its speaker
Said	Arg1:Quote, Arg2:Person|Organization|Place|Other|Speaker
# From a quote to its speech verb
SaidWith	Arg1:Quote, Arg2:Cue
# From speaker words to the name they refer to
Refers	Arg1:Speaker, Arg2:Person|Organization|Place|Other
Equiv	Arg1:Person, Arg2:Person, <REL-TYPE>:symmetric-transitive
Equiv	Arg1:Organization, Arg2:Organization, <REL-TYPE>:symmetric-transitive
Equiv	Arg1:Place, Arg2:Place, <REL-TYPE>:symmetric-transitive
Equiv	Arg1:Other, Arg2:Other, <REL-TYPE>:symmetric-transitive
<OVERLAP>	Arg1:Quote, Arg2:<ANY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
# machine: found by News Lens; human: corrected, added or confirmed by a person
Origin	Arg:<ENTITY>, Value:machine|human
Kind	Arg:Quote, Value:direct|partial|scare
DateType	Arg:Date, Value:date|time|duration|set
`;

/** UTF-16 offset → code point offset, for every offset of the text (surrogate pairs count once). */
export function codePointIndex(text: string): Int32Array {
  const idx = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    idx[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)) cp++;
  }
  idx[text.length] = cp;
  return idx;
}

/** Code point offset → UTF-16 offset. */
export function utf16Index(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  out.push(text.length);
  return out;
}

/** A span cut at line breaks: brat's text-bound annotations cannot hold a newline. */
export function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

interface TB {
  label: string;
  start: number;
  end: number;
  id?: string;
  origin?: 'machine' | 'human';
  attrs: Array<[string, string]>;
  notes: string[];
}

/** The .ann text of one analysed article. Deterministic: the same analysis gives the same bytes. */
export function toBrat(text: string, a: Analysis): string {
  const cp = codePointIndex(text);
  const tbs: TB[] = [];
  const at = new Map<string, TB>();
  const add = (label: string, start: number, end: number, origin?: 'machine' | 'human'): TB | null => {
    if (end <= start || fragments(text, start, end).length === 0) return null;
    const k = `${label}:${start}:${end}`;
    const had = at.get(k);
    if (had) return had;
    const tb: TB = { label, start, end, origin, attrs: [], notes: [] };
    at.set(k, tb);
    tbs.push(tb);
    return tb;
  };
  const mentionTB = new Map<string, TB>();
  const entityTBs = new Map<string, TB[]>();
  for (const e of a.entities) {
    const list: TB[] = [];
    for (const m of e.mentions) {
      const tb = add(ENTITY_LABELS[e.type], m.start, m.end, e.origin ?? 'machine');
      if (!tb) continue;
      mentionTB.set(`${m.start}:${m.end}`, tb);
      list.push(tb);
    }
    entityTBs.set(e.id, list);
    // Roles ride on the defining mention as notes ("role: Secretary of State").
    for (const role of e.roles) list[0]?.notes.push(`role: ${role}`);
  }
  const rels: Array<[string, TB, TB]> = [];
  for (const q of a.quotes) {
    const qt = add('Quote', q.start, q.end, q.origin ?? 'machine');
    if (!qt) continue;
    qt.attrs.push(['Kind', q.kind]);
    if (q.cue) {
      const ct = add('Cue', q.cue.start, q.cue.end);
      if (ct) rels.push(['SaidWith', qt, ct]);
    }
    const sp = q.speaker;
    if (!sp) continue;
    const linked = sp.entity ? entityTBs.get(sp.entity) : undefined;
    const asMention = mentionTB.get(`${sp.start}:${sp.end}`);
    if (asMention && linked?.includes(asMention)) {
      rels.push(['Said', qt, asMention]);
    } else if (sp.end > sp.start) {
      const st = add('Speaker', sp.start, sp.end, sp.origin ?? 'machine');
      if (!st) continue;
      rels.push(['Said', qt, st]);
      if (linked?.length) rels.push(['Refers', st, linked[0]]);
    } else {
      // A speaker named by a person with words that are not in the text.
      qt.notes.push(`speaker: ${sp.text}`);
    }
  }
  for (const d of a.dates) {
    const dt = add('Date', d.start, d.end, d.origin ?? 'machine');
    if (!dt) continue;
    dt.attrs.push(['DateType', d.type]);
    if (d.value) dt.notes.push(d.value);
  }
  const ORDER = ['Quote', 'Speaker', 'Person', 'Organization', 'Place', 'Other', 'Date', 'Cue'];
  tbs.sort((x, y) => x.start - y.start || y.end - x.end || ORDER.indexOf(x.label) - ORDER.indexOf(y.label));
  tbs.forEach((tb, i) => (tb.id = `T${i + 1}`));

  const lines: string[] = [];
  for (const tb of tbs) {
    const frs = fragments(text, tb.start, tb.end);
    lines.push(`${tb.id}\t${tb.label} ${frs.map(([s, e]) => `${cp[s]} ${cp[e]}`).join(';')}\t${frs.map(([s, e]) => text.slice(s, e)).join(' ')}`);
  }
  rels.forEach(([label, from, to], i) => lines.push(`R${i + 1}\t${label} Arg1:${from.id} Arg2:${to.id}`));
  let na = 0;
  for (const tb of tbs) {
    if (tb.origin) lines.push(`A${++na}\tOrigin ${tb.id} ${tb.origin}`);
    for (const [name, value] of tb.attrs) lines.push(`A${++na}\t${name} ${tb.id} ${value}`);
  }
  let nn = 0;
  for (const tb of tbs) for (const note of tb.notes) lines.push(`#${++nn}\tAnnotatorNotes ${tb.id}\t${note.replace(/[\r\n\t]+/g, ' ')}`);
  for (const e of a.entities) {
    const list = entityTBs.get(e.id) ?? [];
    const ids = [...new Set(list.map((t) => t.id!))];
    if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface BratText {
  id: string;
  label: string;
  /** Code point fragments as written. */
  fragments: Array<[number, number]>;
  text: string;
}

export interface BratAnn {
  texts: Map<string, BratText>;
  relations: Array<{ id: string; label: string; arg1: string; arg2: string }>;
  attributes: Array<{ id: string; name: string; target: string; value: string | true }>;
  notes: Array<{ id: string; target: string; text: string }>;
  equivs: string[][];
  /** Lines that could not be read, with their line number (1-based). */
  problems: Array<{ line: number; message: string }>;
}

/** Parse a .ann file. Unknown line kinds (events, normalisations) are kept as problems, not errors. */
export function parseBrat(ann: string): BratAnn {
  const out: BratAnn = { texts: new Map(), relations: [], attributes: [], notes: [], equivs: [], problems: [] };
  ann.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const [id, body = '', rest] = line.split('\t');
    const bad = (message: string) => out.problems.push({ line: i + 1, message });
    if (/^T\d+$/.test(id)) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!m) return bad(`cannot read text-bound annotation "${line}"`);
      const frs = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      out.texts.set(id, { id, label: m[1], fragments: frs, text: rest ?? '' });
    } else if (/^R\d+$/.test(id)) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(body);
      if (!m) return bad(`cannot read relation "${line}"`);
      out.relations.push({ id, label: m[1], arg1: m[2], arg2: m[3] });
    } else if (/^[AM]\d+$/.test(id)) {
      const parts = body.split(' ');
      if (parts.length < 2) return bad(`cannot read attribute "${line}"`);
      out.attributes.push({ id, name: parts[0], target: parts[1], value: parts[2] ?? true });
    } else if (/^#\d+$/.test(id)) {
      const parts = body.split(' ');
      out.notes.push({ id, target: parts[1] ?? '', text: rest ?? '' });
    } else if (id === '*') {
      const parts = body.split(' ');
      if (parts[0] === 'Equiv') out.equivs.push(parts.slice(1));
      else bad(`unknown equivalence "${parts[0]}"`);
    } else bad(`line kind "${id}" is not read by News Lens (only T, R, A, #, * Equiv)`);
  });
  return out;
}
