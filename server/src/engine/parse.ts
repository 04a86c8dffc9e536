// Sentences and tokens from parse-english (retext's English parser), per block, with offsets shifted into
// the document. Parsing a block is pure in its text, so results are memoised per block text.
import { toString } from 'nlcst-to-string';
import type { Block, BlockCache, Sentence, Token } from './types';
import abbreviations from '../data/abbreviations.json';
import { mapPacked } from './packed';
import { splitMissedEnds } from './sentence-ends';
import { FastParseEnglish } from './english-parser';

/** One parser for every block: parsing keeps no state between calls. */
const parser = new FastParseEnglish();

interface LocalSentence {
  start: number;
  end: number;
  tokens: Token[];
}

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The token kind of an nlcst node type (a comparison chain: a keyed lookup in an object was slower). */
function kindOf(type: string): Token['kind'] | undefined {
  return type === 'WordNode' ? 'word' : type === 'PunctuationNode' ? 'punct' : type === 'SymbolNode' ? 'symbol' : undefined;
}

/**
 * retext slows down more than linearly on very long runs of text (a 600 KB line of ". " takes
 * 18 s), so blocks longer than this are parsed in pieces cut at a sentence end (else at a space).
 * Real paragraphs are far shorter; only pasted dumps and garbage are cut.
 */
export const MAX_PARSE_PIECE = 8_000;

/** Where to cut `text` at or before `limit`: after a sentence end, else at a space, else at `limit`. */
function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const re = /[.!?…]["'”’)\]]*\s+/g;
  let best = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) if (m.index + m[0].length < window.length) best = m.index + m[0].length;
  if (best > window.length / 2) return from + best;
  const space = window.lastIndexOf(' ');
  return space > window.length / 2 ? from + space + 1 : limit;
}

/** Split one piece of prose into sentences and tokens; offsets are relative to `text`, plus `shift`. */
export function parseProse(text: string, shift = 0): LocalSentence[] {
  if (text.length <= MAX_PARSE_PIECE) return parsePiece(text, shift);
  const out: LocalSentence[] = [];
  for (let from = 0; from < text.length; ) {
    const to = text.length - from <= MAX_PARSE_PIECE ? text.length : cutPoint(text, from, from + MAX_PARSE_PIECE);
    for (const s of parsePiece(text.slice(from, to), shift + from)) out.push(s);
    from = to;
  }
  return out;
}

/** A sentence ending in one of these before a capitalised word was cut too early ("Adm. Mike Mullen"). */
const TITLE_ABBREVIATIONS = new Set<string>(abbreviations.titles);

/** The tokens end with a title abbreviation: one word "Adm." or the word "Adm" and its period. */
function endsInTitle(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last.kind === 'word') return TITLE_ABBREVIATIONS.has(last.text);
  const word = tokens[tokens.length - 2];
  return last.text === '.' && word?.kind === 'word' && word.end === last.start && TITLE_ABBREVIATIONS.has(word.text + '.');
}

/** A word's text: its one text node's value (nearly always), else its children joined. */
function wordText(node: NlcstNode): string {
  const children = node.children;
  if (children && children.length === 1 && 'value' in children[0]) return children[0].value as string;
  return toString(node as never);
}

function parsePiece(text: string, shift: number): LocalSentence[] {
  const tree = parser.parse(text) as unknown as NlcstNode;
  const out: LocalSentence[] = [];
  for (const para of tree.children ?? []) {
    for (const sent of para.children ?? []) {
      if (sent.type !== 'SentenceNode') continue;
      const tokens: Token[] = [];
      for (const node of sent.children ?? []) {
        const kind = kindOf(node.type);
        if (!kind || !node.position) continue;
        const start = (node.position.start.offset ?? 0) + shift;
        const end = (node.position.end.offset ?? start - shift) + shift;
        tokens.push({ start, end, text: kind === 'word' ? wordText(node) : (node.value ?? ''), kind });
      }
      if (tokens.length === 0) continue;
      if (out.length && endsInTitle(out[out.length - 1].tokens) && tokens[0].kind === 'word' && /^\p{Lu}/u.test(tokens[0].text)) {
        const prev = out[out.length - 1];
        prev.tokens.push(...tokens);
        prev.end = tokens[tokens.length - 1].end;
        continue;
      }
      for (const part of splitMissedEnds(tokens, TITLE_ABBREVIATIONS)) out.push({ start: part[0].start, end: part[part.length - 1].end, tokens: part });
    }
  }
  return out;
}

/** Block kinds that hold prose (everything but front matter and code). */
export const PROSE_KINDS: ReadonlySet<string> = new Set(['headline', 'heading', 'caption', 'paragraph', 'dateline-line', 'boilerplate']);

/** Prose that belongs to the story: names and dates are looked for here, not in boilerplate. */
export function isStoryText(kind: string): boolean {
  return kind !== 'boilerplate' && PROSE_KINDS.has(kind);
}

/** Sentences of every prose block, in document order. */
export function parseBlocks(text: string, blocks: Block[], cache?: BlockCache): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    if (!PROSE_KINDS.has(block.kind)) return;
    const slice = text.slice(block.start, block.end);
    if (!cache) {
      // Nothing to share: parse with the block's offsets rather than shifting a copy of every token.
      for (const s of parseProse(slice, block.start)) sentences.push({ start: s.start, end: s.end, block: index, tokens: s.tokens });
      return;
    }
    const key = 'parse\u0000' + slice;
    let local = cache.get(key) as LocalSentence[] | undefined;
    if (!local) {
      local = parseProse(slice);
      cache.set(key, local);
    }
    for (const s of local) {
      sentences.push({
        start: s.start + block.start,
        end: s.end + block.start,
        block: index,
        tokens: mapPacked(s.tokens, (t) => ({ ...t, start: t.start + block.start, end: t.end + block.start })),
      });
    }
  });
  return sentences;
}
