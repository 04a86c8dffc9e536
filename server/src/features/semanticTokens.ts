// Semantic tokens: quotes, people, organizations, places, dates and speakers. Tokens never span a line
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

const ENTITY_TYPE: Record<string, TokenType | undefined> = { person: 'person', organization: 'organization', place: 'place' };

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
  const show: Record<string, boolean> = { person: highlight.people, organization: highlight.organizations, place: highlight.places };
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
  const out: LineToken[] = [];
  for (const p of flatten(layers(model, highlight), model.text.length)) {
    for (const seg of model.lines.splitByLine(p.start, p.end)) {
      let s = seg.start;
      let e = seg.start + seg.length;
      while (s < e && /\s/.test(model.text[s])) s++;
      while (e > s && /\s/.test(model.text[e - 1])) e--;
      if (e > s) out.push({ line: seg.line, character: seg.character + (s - seg.start), length: e - s, type: p.type, modifiers: p.modifiers });
    }
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

/** Keeps the last result per document so the client can ask for deltas. */
export class SemanticTokensProvider {
  private readonly builders = new Map<string, SemanticTokensBuilder>();

  private builder(uri: string): SemanticTokensBuilder {
    let b = this.builders.get(uri);
    if (!b) this.builders.set(uri, (b = new SemanticTokensBuilder()));
    return b;
  }

  full(model: DocModel, settings: Settings): SemanticTokens {
    const b = this.builder(model.uri);
    encodeInto(b, lineTokens(model, settings.highlight));
    return b.build();
  }

  delta(model: DocModel, settings: Settings, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const b = this.builder(model.uri);
    b.previousResult(previousResultId);
    encodeInto(b, lineTokens(model, settings.highlight));
    return b.buildEdits();
  }

  range(model: DocModel, settings: Settings, range: Range): SemanticTokens {
    const b = new SemanticTokensBuilder();
    encodeInto(b, lineTokens(model, settings.highlight), range);
    return b.build();
  }

  forget(uri: string): void {
    this.builders.delete(uri);
  }
}
