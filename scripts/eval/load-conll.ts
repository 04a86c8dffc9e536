// CoNLL-2003 loader: IOB1 token columns → natural text with gold PER/ORG/LOC/MISC character spans.
// Documents are split on -DOCSTART-; sentences on blank lines; see text.ts for detokenisation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc, GoldEntity, NerType } from './types';
import { detokenise } from './text';

interface Tok {
  word: string;
  tag: string; // O, I-PER, B-PER, ...
}

/** IOB1 → chunks of [firstToken, lastToken] with their type. B- only starts a chunk right after one of the same type. */
export function iobChunks(tags: string[]): { type: string; from: number; to: number }[] {
  const out: { type: string; from: number; to: number }[] = [];
  let cur: { type: string; from: number; to: number } | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O' || !tag.includes('-')) {
      cur = null;
      return;
    }
    const [bio, type] = tag.split('-');
    if (cur && cur.type === type && bio === 'I') {
      cur.to = i;
    } else {
      cur = { type, from: i, to: i };
      out.push(cur);
    }
  });
  return out;
}

export function parseConll(data: string, idPrefix = 'conll'): GoldDoc[] {
  const docs: Tok[][][] = [];
  let sent: Tok[] = [];
  let doc: Tok[][] | null = null;
  const flush = () => {
    if (sent.length && doc) doc.push(sent);
    sent = [];
  };
  for (const line of data.split('\n')) {
    const l = line.trim();
    if (l.startsWith('-DOCSTART-')) {
      flush();
      doc = [];
      docs.push(doc);
      continue;
    }
    if (!l) {
      flush();
      continue;
    }
    const cols = l.split(/\s+/);
    if (!doc) {
      doc = [];
      docs.push(doc);
    }
    sent.push({ word: cols[0], tag: cols[cols.length - 1] });
  }
  flush();
  return docs
    .filter((d) => d.length)
    .map((sents, di) => {
      const { text, offsets } = detokenise(sents.map((s) => s.map((t) => t.word)));
      const entities: GoldEntity[] = [];
      let base = 0;
      for (const s of sents) {
        for (const c of iobChunks(s.map((t) => t.tag))) {
          const start = offsets[base + c.from][0];
          const end = offsets[base + c.to][1];
          entities.push({ start, end, type: c.type as NerType, text: text.slice(start, end) });
        }
        base += s.length;
      }
      // Reuters datelines carry the date as a token ("LONDON 1996-08-30"): use it as the publication date.
      const date = sents.flat().find((t) => /^\d{4}-\d\d-\d\d$/.test(t.word));
      return { id: `${idPrefix}/${di + 1}`, text, published: date ? date.word : null, entities };
    });
}

export function loadConll(evalRoot: string, limit = Infinity): GoldDoc[] {
  const file = path.join(evalRoot, 'conll2003', 'eng.testa');
  return parseConll(readFileSync(file, 'utf8'), 'conll/testa').slice(0, limit);
}
