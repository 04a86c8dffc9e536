// Splits an article into blocks: headline, date line, captions, boilerplate, headings, paragraphs.
//
// Plain text: blank lines separate blocks; a single newline does too, unless the line plainly
// continues (it ends mid-sentence and the next starts lowercase, ends with a comma/conjunction,
// or the file is hard-wrapped and the line reaches the wrap width). A line without final
// punctuation is never glued to the following sentence.
//
// Markdown: remark-parse gives paragraph/heading/code spans; the same line rules then run
// inside each paragraph. Markup characters (emphasis, link targets, heading marks, front
// matter, code) are blanked to spaces in a same-length copy of the text ("prose") that retext
// parses, so every offset still points into the original file.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import boilerplateData from '../data/boilerplate.json';
import { parseDateLine } from './published';
import { parseBlocks } from './parse';
import type { Article, Block, BlockCache, BlockKind } from './types';

const BOILERPLATE = boilerplateData.boilerplate.map((s) => new RegExp(s, 'i'));
const CAPTION = [
  ...boilerplateData.caption.map((s) => new RegExp(s, 'i')),
  ...boilerplateData.captionCaseSensitive.map((s) => new RegExp(s)),
];

/** Sentence-final punctuation, possibly followed by closing quotes/brackets. */
const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/;
/** A CMS image name left as a caption: "Lavrov Kerry370", "Obama UN speech 298". */
const IMAGE_NAME = /^(?:[\p{Lu}\p{Ll}'’.-]+\s+){0,5}[\p{L}'’.-]*\p{L}\s?\d{2,4}$/u;
/** A wire-style dateline opening the first body paragraph: "GENEVA - ", "(CNN) — ", "PARIS (Reuters) - ". */
export const DATELINE_OPENING =
  /^(?:\([A-Z][A-Za-z.&' ]{1,30}\)|[A-Z][A-Z.'’ ]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z. ]{1,30})?(?:\s*\([A-Za-z.&' ]{2,30}\))?)\s*[-–—]{1,2}\s/;
/** Words that, ending a line, mean the sentence goes on on the next line. */
const DANGLING = /(?:[,(–—-]|\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|that|who|whom|which|whose|as|than|into|about)\b)$/i;

const HEADLINE_MAX = 200;
const HEADLINE_SHORT = 120;
const HEADING_MAX_CHARS = 120;
const HEADING_MAX_WORDS = 20;
/** Date lines are looked for only among the first blocks, before the body starts. */
const DATELINE_LINE_WINDOW = 8;

interface Chunk {
  start: number;
  end: number;
  /** Kind fixed by Markdown structure (code, front matter, heading). */
  forced?: BlockKind;
  depth?: number;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x0c || code === 0x0b || code === 0xa0 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000;
}

function trimSpan(src: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(src.charCodeAt(start))) start++;
  while (end > start && isSpace(src.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** Trimmed non-empty lines of src[from, to) with their offsets; null marks a blank line. */
export function linesOf(src: string, from: number, to: number): Array<[number, number] | null> {
  const out: Array<[number, number] | null> = [];
  // The next \n and \r at or after i (-1: none left), found with indexOf rather than a test per character.
  let lf = -2;
  let cr = -2;
  let i = from;
  while (i <= to) {
    if (lf !== -1 && lf < i) lf = src.indexOf('\n', i);
    if (cr !== -1 && cr < i) cr = src.indexOf('\r', i);
    const next = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    const j = next === -1 || next > to ? to : next;
    const [s, e] = trimSpan(src, i, j);
    out.push(e > s ? [s, e] : null);
    if (j >= to) break;
    i = src.charCodeAt(j) === 13 && src.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return out;
}

export function isBoilerplate(line: string): boolean {
  return line.length <= 300 && BOILERPLATE.some((re) => re.test(line));
}

/** Stylesheet and markup lines pasted along with web articles ("}", ".bio { width:100%;", "<tweet ..."). */
const MARKUP_LINE = [
  /^[{}]+;?$/,
  /^@(?:media|import|font-face)\b/,
  /^[.#@]?[\w-][^{}]{0,120}\{(?:\s*[a-z-]{1,40}\s*:[^;{}]{0,80};)*\s*$/i, // selector {
  /^-?[a-z-]{1,40}\s*:\s*[^;.{}]{0,80};\s*\}?$/i, // property: value;
  /^<\/?[a-z][\w-]{0,30}(?:\s[^<>]{0,300})?\/?>?$/i, // <tag attr="...">
];

/** Every pattern above needs one of these characters: a block without any is junk only if it is blank. */
const MARKUP_CHAR = /[{};@<]/;

export function isMarkupJunk(block: string): boolean {
  if (!MARKUP_CHAR.test(block)) return block.trim() === '';
  return block.split(/\r?\n|\r/).every((l) => {
    const t = l.trim();
    return !t || MARKUP_LINE.some((re) => re.test(t));
  });
}

export function isCaption(line: string): boolean {
  if (line.length > 300) return false;
  if (CAPTION.some((re) => re.test(line))) return true;
  // Digits glued to a lowercase letter ("Kerry370"), unlike names such as "MH370" or "G20".
  return line.length <= 60 && !ENDS_SENTENCE.test(line) && IMAGE_NAME.test(line) && /\p{Ll}\d{2,4}$/u.test(line);
}

/** A line that stands alone whatever follows it. */
function isStandalone(line: string): boolean {
  return isBoilerplate(line) || isCaption(line);
}

/**
 * The width a hard-wrapped file was wrapped at, or null. A file is hard-wrapped when most
 * lines that are followed by another line are long and about the same length.
 */
export function wrapWidth(src: string, from = 0, to = src.length): number | null {
  const lines = linesOf(src, from, to);
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    if (a && lines[i + 1]) lengths.push(a[1] - a[0]);
  }
  if (lengths.length < 4) return null;
  const sorted = [...lengths].sort((x, y) => x - y);
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width < 40 || width > 100) return null;
  const near = lengths.filter((l) => l >= width * 0.7 && l <= width + 10).length;
  return near >= lengths.length * 0.6 ? width : null;
}

/** Does `next` continue the sentence that `prev` (a whole line) leaves open? */
function continues(prev: string, next: string, wrap: number | null): boolean {
  if (ENDS_SENTENCE.test(prev) || prev.endsWith(':')) return false;
  if (isStandalone(prev) || isStandalone(next)) return false;
  if (/^(?:[-*•+]|\d{1,2}[.)])\s/.test(next)) return false; // a list item starts
  if (/^\p{Ll}/u.test(next)) return true;
  if (!DANGLING.test(prev) && !(wrap !== null && prev.length >= wrap * 0.7)) return false;
  // A byline or date line under a long headline starts afresh (checked last: chrono is slow).
  return !/^By\s+\p{Lu}/u.test(next) && !parseDateLine(next);
}

/** Blocks of src[from, to): runs of lines, joined where a line continues the previous one. */
function chunkRange(src: string, from: number, to: number, wrap: number | null, out: Chunk[], forced?: Partial<Chunk>): void {
  let cur: Chunk | null = null;
  let last = '';
  const flush = () => {
    if (cur) out.push(cur);
    cur = null;
  };
  for (const line of linesOf(src, from, to)) {
    if (!line) {
      flush();
      continue;
    }
    const text = src.slice(line[0], line[1]);
    if (cur && !forced?.forced && continues(last, text, wrap)) {
      (cur as Chunk).end = line[1];
    } else {
      flush();
      cur = { start: line[0], end: line[1], ...forced };
    }
    last = text;
  }
  flush();
}

// ---------------------------------------------------------------------------------------------
// Markdown

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// remark-gfm so that tables, footnote definitions and autolinks are recognised as such.
const mdParser = unified().use(remarkParse).use(remarkGfm);
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const NOT_PROSE = new Set(['code', 'html', 'table', 'math', 'inlineMath', 'definition', 'footnoteDefinition', 'yaml', 'toml']);

function span(node: MdNode): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : [s, e];
}

/** Same-length copy of `text` keeping only the characters of text nodes (and newlines). */
function proseMask(text: string, keep: Array<[number, number]>): string {
  keep.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  const blank = (s: number, e: number) => text.slice(s, e).replace(/[^\r\n]/g, ' ');
  for (const [s, e] of keep) {
    if (s < at) continue;
    out += blank(at, s) + text.slice(s, e);
    at = e;
  }
  return out + blank(at, text.length);
}

function segmentMarkdown(text: string): { chunks: Chunk[]; meta: Article['meta']; prose: string } {
  const chunks: Chunk[] = [];
  const meta: Article['meta'] = {};
  let body = text;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    chunks.push({ start: 0, end: fm[0].replace(/\r?\n$/, '').length, forced: 'front-matter' });
    body = text.slice(0, fm[0].length).replace(/[^\r\n]/g, ' ') + text.slice(fm[0].length);
    try {
      const data = parseYaml(fm[1]) as Record<string, unknown> | null;
      if (data && typeof data === 'object') {
        for (const key of ['title', 'author'] as const) {
          const v = data[key];
          if (typeof v === 'string' || typeof v === 'number') meta[key] = String(v).trim();
          else if (Array.isArray(v) && v.length) meta[key] = v.map(String).join(', ');
        }
        const d = data.date;
        if (d instanceof Date) meta.date = Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
        else if (typeof d === 'string' || typeof d === 'number') meta.date = String(d).trim();
      }
    } catch {
      // Broken YAML: the block is still front matter; the article simply has no metadata.
    }
  }

  const tree = mdParser.parse(body) as unknown as MdNode;
  const keep: Array<[number, number]> = [];
  const prose: Array<{ range: [number, number]; forced?: BlockKind; depth?: number }> = [];
  const collectText = (node: MdNode) => {
    if (node.type === 'text') {
      const r = span(node);
      if (r) keep.push(r);
      return;
    }
    if (NOT_PROSE.has(node.type) || node.type === 'inlineCode' || node.type === 'image') return;
    node.children?.forEach(collectText);
  };
  const walk = (node: MdNode) => {
    const r = span(node);
    if (NOT_PROSE.has(node.type)) {
      if (r) prose.push({ range: r, forced: 'code' });
      return;
    }
    if (node.type === 'heading' || node.type === 'paragraph') {
      collectText(node);
      if (r) prose.push({ range: r, forced: node.type === 'heading' ? 'heading' : undefined, depth: node.depth });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  const masked = proseMask(body, keep);
  const wrap = wrapWidth(masked);
  for (const p of prose) {
    if (p.forced === 'code') {
      const [s, e] = trimSpan(text, p.range[0], p.range[1]);
      if (e > s) chunks.push({ start: s, end: e, forced: 'code' });
    } else if (p.forced === 'heading') {
      const [s, e] = trimSpan(masked, p.range[0], p.range[1]);
      if (e > s) chunks.push({ start: s, end: e, forced: 'heading', depth: p.depth });
    } else {
      chunkRange(masked, p.range[0], p.range[1], wrap, chunks);
    }
  }
  chunks.sort((a, b) => a.start - b.start);
  return { chunks, meta, prose: masked };
}

// ---------------------------------------------------------------------------------------------
// Classification

/** A sentence end followed by another sentence ("history. Again"). */
const MORE_THAN_ONE_SENTENCE = /[.!?]["”’']?\s+["“‘]?\p{Lu}/u;

/**
 * The first line of a news file is nearly always its headline (some sites even end headlines
 * with a full stop): any short first block, or a longer one that is a single unpunctuated line.
 */
function looksLikeHeadline(line: string): boolean {
  if (line.length <= HEADLINE_SHORT) return true;
  return line.length <= HEADLINE_MAX && !MORE_THAN_ONE_SENTENCE.test(line) && !/\.["”’']?$/.test(line);
}

/** A run of white space that is not one plain space: what `replace(/\s+/g, ' ')` would change. */
const ODD_SPACE = /[^\S ]| {2}/;

/** `s.replace(/\s+/g, ' ')`, without running the replacement over lines that have nothing to change. */
export function collapseSpaces(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** `s.split(' ').length`, without the array. */
export function spaceSeparatedCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

function classify(src: string, chunks: Chunk[], format: 'text' | 'markdown'): Block[] {
  const blocks: Block[] = [];
  let headline = false;
  let content = false; // a headline, heading or paragraph has been seen
  let body = false; // the body has started (date lines come before it): two paragraphs or a long one
  let paragraphs = 0;
  chunks.forEach((chunk, index) => {
    const raw = src.slice(chunk.start, chunk.end);
    const line = collapseSpaces(raw);
    let kind: BlockKind;
    if (chunk.forced === 'code' || chunk.forced === 'front-matter') kind = chunk.forced;
    else if (isBoilerplate(line) || (format === 'text' && isMarkupJunk(raw))) kind = 'boilerplate';
    else if (isCaption(line)) kind = 'caption';
    else if (!body && index < DATELINE_LINE_WINDOW && parseDateLine(line)) kind = 'dateline-line';
    else if (chunk.forced === 'heading') kind = chunk.depth === 1 && !headline && !body ? 'headline' : 'heading';
    else if (format === 'text' && !content && looksLikeHeadline(line)) {
      kind = 'headline';
    } else if (!ENDS_SENTENCE.test(line) && !line.endsWith(':') && line.length <= HEADING_MAX_CHARS &&
      spaceSeparatedCount(line) <= HEADING_MAX_WORDS) {
      kind = 'heading';
    } else kind = 'paragraph';
    if (kind === 'headline') headline = true;
    if (kind === 'headline' || kind === 'heading' || kind === 'paragraph') content = true;
    if (kind === 'paragraph' && (++paragraphs >= 2 || spaceSeparatedCount(line) >= 40)) body = true;
    blocks.push({ start: chunk.start, end: chunk.end, kind });
  });
  markPhotoCaptions(src, blocks);
  return blocks;
}

/**
 * Captions pasted above a wire dateline: "Kerry, Hagel and Dempsey testify ... on Tuesday,
 * September 10, 2013." A paragraph before the "(CNN) —" paragraph that ends with a year is a
 * photo caption, not the standfirst.
 */
function markPhotoCaptions(src: string, blocks: Block[]): void {
  const first = blocks.findIndex((b) => b.kind === 'paragraph' && DATELINE_OPENING.test(src.slice(b.start, b.end)));
  if (first <= 0 || first > DATELINE_LINE_WINDOW) return;
  for (let i = 0; i < first; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    const line = src.slice(b.start, b.end);
    if (line.length <= 300 && !MORE_THAN_ONE_SENTENCE.test(line) && /\b(?:1[89]|20)\d\d\.?$/.test(line)) b.kind = 'caption';
  }
}

/**
 * remark-parse slows down badly on huge inputs (tens of thousands of list items or blank lines
 * take minutes), so Markdown longer than this (~40,000 words, far beyond any article) is read
 * with the plain-text rules: markup characters then stay in the prose, but time stays bounded.
 */
export const MARKDOWN_MAX_CHARS = 250_000;

/**
 * Nor are texts dense with Markdown constructs that remark handles in quadratic time or by deep recursion
 * (250 KB of "[[[…]]]" took over three minutes; 40 KB of "a\n=\n" half a minute). The caps below keep
 * the worst case near a second and are still far beyond any article: thousands of links or bold phrases,
 * hundreds of underlined headings, thousands of list items or quoted lines, containers nested 16 deep.
 */
export const MARKDOWN_MAX_DELIMITERS = 8_000;
export const MARKDOWN_MAX_SETEXT = 500;
export const MARKDOWN_MAX_CONTAINER_LINES = 2_000;
const SETEXT_UNDERLINE = /\S[ \t]*\r?\n {0,3}(?:=+|-+)[ \t]*(?=\r?\n|$)/g;
const CONTAINER_LINE = /^ {0,3}(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/gm;
const DEEP_CONTAINERS = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]+){17}/m;

const count = (text: string, re: RegExp, limit: number) => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) && ++n <= limit);
  return n;
};

/** Whether remark can parse `text` in bounded time. */
export function markdownParseable(text: string): boolean {
  if (text.length > MARKDOWN_MAX_CHARS) return false;
  let brackets = 0;
  let emphasis = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x5d) brackets++; // [ ]
    else if (c === 0x2a || c === 0x5f || c === 0x7e) emphasis++; // * _ ~
  }
  return (
    brackets <= MARKDOWN_MAX_DELIMITERS &&
    emphasis <= MARKDOWN_MAX_DELIMITERS &&
    count(text, SETEXT_UNDERLINE, MARKDOWN_MAX_SETEXT) <= MARKDOWN_MAX_SETEXT &&
    count(text, CONTAINER_LINE, MARKDOWN_MAX_CONTAINER_LINES) <= MARKDOWN_MAX_CONTAINER_LINES &&
    !DEEP_CONTAINERS.test(text)
  );
}

export function segment(text: string, format: 'text' | 'markdown'): Pick<Article, 'blocks' | 'meta'> & { prose: string } {
  if (format === 'markdown' && markdownParseable(text)) {
    let md: ReturnType<typeof segmentMarkdown> | null = null;
    try {
      md = segmentMarkdown(text);
    } catch (err) {
      // Thousands of nested markers (">>>>…", "****…") overflow remark's recursion: read such a file as plain text.
      if (!(err instanceof RangeError)) throw err;
    }
    if (md) return { blocks: classify(md.prose, md.chunks, format), meta: md.meta, prose: md.prose };
  }
  const chunks: Chunk[] = [];
  chunkRange(text, 0, text.length, wrapWidth(text), chunks);
  return { blocks: classify(text, chunks, 'text'), meta: {}, prose: text };
}

export function readArticle(text: string, format: 'text' | 'markdown', cache?: BlockCache): Article {
  const { blocks, meta, prose } = segment(text, format);
  return { text, format, blocks, meta, sentences: parseBlocks(prose, blocks, cache) };
}
