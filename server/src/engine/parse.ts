// Sentences and tokens from retext-english (unified), per block, with offsets shifted into
// the document. Parsing a block is pure in its text, so results are memoised per block text.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { toString } from 'nlcst-to-string';
import type { Block, BlockCache, Sentence, Token } from './types';

const parser = unified().use(retextEnglish);

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

const KIND: Record<string, Token['kind']> = {
  WordNode: 'word',
  PunctuationNode: 'punct',
  SymbolNode: 'symbol',
};

/** Split one piece of prose into sentences and tokens; offsets relative to `text`. */
export function parseProse(text: string): LocalSentence[] {
  const tree = parser.parse(text) as unknown as NlcstNode;
  const out: LocalSentence[] = [];
  for (const para of tree.children ?? []) {
    for (const sent of para.children ?? []) {
      if (sent.type !== 'SentenceNode') continue;
      const tokens: Token[] = [];
      for (const node of sent.children ?? []) {
        const kind = KIND[node.type];
        if (!kind || !node.position) continue;
        const start = node.position.start.offset ?? 0;
        const end = node.position.end.offset ?? start;
        tokens.push({ start, end, text: kind === 'word' ? toString(node as never) : (node.value ?? ''), kind });
      }
      if (tokens.length === 0) continue;
      out.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
    }
  }
  return out;
}

const PROSE_KINDS = new Set(['headline', 'heading', 'caption', 'paragraph', 'dateline-line', 'boilerplate']);

/** Sentences of every prose block, in document order. */
export function parseBlocks(text: string, blocks: Block[], cache?: BlockCache): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    if (!PROSE_KINDS.has(block.kind)) return;
    const slice = text.slice(block.start, block.end);
    const key = 'parse\u0000' + slice;
    let local = cache?.get(key) as LocalSentence[] | undefined;
    if (!local) {
      local = parseProse(slice);
      cache?.set(key, local);
    }
    for (const s of local) {
      sentences.push({
        start: s.start + block.start,
        end: s.end + block.start,
        block: index,
        tokens: s.tokens.map((t) => ({ ...t, start: t.start + block.start, end: t.end + block.start })),
      });
    }
  });
  return sentences;
}
