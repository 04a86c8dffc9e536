// Semantic tokens: quotes, people, organizations, places, other names (off by default), dates and speakers. Tokens never span a line
// break and never overlap: a more specific span (date > speaker > name > quote) cuts the ones beneath it.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensLegend, type Range } from 'vscode-languageserver';
import { TokenModifiers, TokenTypes, type TokenModifier, type TokenType } from '../protocol';
import type { DocModel } from '../workspace/model';
import type { Settings } from '../workspace/settings';

export const legend: SemanticTokensLegend = { tokenTypes: [...TokenTypes], tokenModifiers: [...TokenModifiers] };

export interface Layer {
  start: number;
  end: number;
  type: TokenType;
  modifiers: TokenModifier[];
  /** Higher wins where spans overlap. */
  priority: number;
}

const ENTITY_TYPE: Record<string, TokenType | undefined> = { person: 'person', organization: 'organization', place: 'place', other: 'other' };

/** The annotation spans to colour, filtered by the `newsLens.highlight.*` settings. */
export function layers(model: DocModel, highlight: Settings['highlight']): Layer[] {
  const out: Layer[] = [];
  const a = model.analysis;
  if (highlight.quotes) {
    for (const q of a.quotes) {
      const modifiers: TokenModifier[] = [];
      if (q.kind === 'partial') modifiers.push('partial');
      if (q.kind === 'scare') modifiers.push('scare');
      if (!q.speaker && q.kind !== 'scare') modifiers.push('unattributed');
      out.push({ start: q.start, end: q.end, type: 'quote', modifiers, priority: 0 });
    }
  }
  const show: Record<string, boolean> = { person: highlight.people, organization: highlight.organizations, place: highlight.places, other: highlight.other };
  for (const e of a.entities) {
    const type = ENTITY_TYPE[e.type];
    if (!type || !show[e.type]) continue;
    e.mentions.forEach((m, i) => out.push({ start: m.start, end: m.end, type, modifiers: i === 0 ? ['declaration'] : [], priority: 1 }));
  }
  if (highlight.speakers) {
    for (const q of a.quotes) {
      if (q.speaker) out.push({ start: q.speaker.start, end: q.speaker.end, type: 'speaker', modifiers: q.speaker.anonymous ? ['anonymous'] : [], priority: 2 });
    }
  }
  if (highlight.dates) {
    for (const d of a.dates) out.push({ start: d.start, end: d.end, type: 'date', modifiers: d.relative ? ['relative'] : [], priority: 3 });
  }
  return out;
}

export interface Piece {
  start: number;
  end: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

/** Flatten overlapping layers into disjoint pieces (sweep over boundaries; the highest priority wins). */
export function flatten(input: Layer[], textLength: number): Piece[] {
  const spans = input.filter((l) => l.end > l.start && l.start >= 0 && l.end <= textLength);
  if (!spans.length) return [];
  const bounds = new Set<number>();
  for (const s of spans) bounds.add(s.start).add(s.end);
  const points = [...bounds].sort((x, y) => x - y);
  // Events per boundary: spans starting here; spans ending are dropped lazily.
  const starts = new Map<number, Layer[]>();
  for (const s of spans) {
    let l = starts.get(s.start);
    if (!l) starts.set(s.start, (l = []));
    l.push(s);
  }
  const active: Layer[] = [];
  const out: (Piece & { src: Layer })[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p = points[i];
    for (const s of starts.get(p) ?? []) active.push(s);
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= p) active.splice(j, 1);
    if (!active.length) continue;
    let top = active[0];
    for (const s of active) if (s.priority > top.priority || (s.priority === top.priority && s.end - s.start < top.end - top.start)) top = s;
    const next = points[i + 1];
    const last = out[out.length - 1];
    if (last && last.end === p && last.src === top) last.end = next;
    else out.push({ start: p, end: next, type: top.type, modifiers: top.modifiers, src: top });
  }
  return out.map(({ src: _src, ...piece }) => piece);
}

export interface LineToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

/** Disjoint pieces split at line breaks, leading/trailing whitespace of each line piece dropped. */
export function lineTokens(model: DocModel, highlight: Settings['highlight']): LineToken[] {
  return splitPieces(model, flatten(layers(model, highlight), model.text.length), 0, Infinity);
}

function splitPieces(model: DocModel, pieces: Piece[], from: number, to: number): LineToken[] {
  const out: LineToken[] = [];
  const text = model.text;
  for (let i = from; i < Math.min(to, pieces.length); i++) {
    const p = pieces[i];
    for (const seg of model.lines.splitByLine(p.start, p.end)) {
      let s = seg.start;
      let e = seg.start + seg.length;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ line: seg.line, character: seg.character + (s - seg.start), length: e - s, type: p.type, modifiers: p.modifiers });
    }
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;
}

const pause = () => new Promise<void>((r) => setImmediate(r));

/** Same as lineTokens, yielding to the event loop between steps so a huge article blocks nothing for long. */
export async function lineTokensAsync(model: DocModel, highlight: Settings['highlight']): Promise<LineToken[]> {
  const ls = layers(model, highlight);
  if (ls.length < 2000) return splitPieces(model, flatten(ls, model.text.length), 0, Infinity);
  await pause();
  const pieces = flatten(ls, model.text.length);
  const out: LineToken[] = [];
  for (let i = 0; i < pieces.length; i += 2000) {
    await pause();
    for (const t of splitPieces(model, pieces, i, i + 2000)) out.push(t);
  }
  return out;
}

const typeIndex = new Map(TokenTypes.map((t, i) => [t, i]));
const modBit = new Map(TokenModifiers.map((m, i) => [m, 1 << i]));

function encodeInto(builder: SemanticTokensBuilder, tokens: LineToken[], range?: Range): void {
  for (const t of tokens) {
    if (range) {
      if (t.line < range.start.line || t.line > range.end.line) continue;
      if (t.line === range.end.line && t.character >= range.end.character) continue;
      if (t.line === range.start.line && t.character + t.length <= range.start.character) continue;
    }
    let mods = 0;
    for (const m of t.modifiers) mods |= modBit.get(m)!;
    builder.push(t.line, t.character, t.length, typeIndex.get(t.type)!, mods);
  }
}

/** Keeps the last result per document so the client can ask for deltas, and the tokens of the latest model. */
export class SemanticTokensProvider {
  private readonly builders = new Map<string, SemanticTokensBuilder>();
  private readonly computed = new WeakMap<DocModel, { key: string; tokens: Promise<LineToken[]> }>();

  private tokens(model: DocModel, settings: Settings): Promise<LineToken[]> {
    const key = JSON.stringify(settings.highlight);
    const hit = this.computed.get(model);
    if (hit && hit.key === key) return hit.tokens;
    const tokens = lineTokensAsync(model, settings.highlight);
    this.computed.set(model, { key, tokens });
    return tokens;
  }

  async full(model: DocModel, settings: Settings): Promise<SemanticTokens> {
    const tokens = await this.tokens(model, settings);
    // A fresh builder: build() keeps its data, and this result is the base of the next delta.
    const b = new SemanticTokensBuilder();
    this.builders.set(model.uri, b);
    encodeInto(b, tokens);
    return b.build();
  }

  async delta(model: DocModel, settings: Settings, previousResultId: string): Promise<SemanticTokens | SemanticTokensDelta> {
    const tokens = await this.tokens(model, settings);
    let b = this.builders.get(model.uri);
    if (!b) this.builders.set(model.uri, (b = new SemanticTokensBuilder()));
    b.previousResult(previousResultId);
    encodeInto(b, tokens);
    return b.buildEdits();
  }

  async range(model: DocModel, settings: Settings, range: Range): Promise<SemanticTokens> {
    const tokens = await this.tokens(model, settings);
    const b = new SemanticTokensBuilder();
    encodeInto(b, tokens, range);
    return b.build();
  }

  forget(uri: string): void {
    this.builders.delete(uri);
  }
}
