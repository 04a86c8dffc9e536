// What every feature can use: open documents, the workspace index and the current settings.
import type { Location } from 'vscode-languageserver';
import type { Entity, Quote } from '../engine/types';
import type { DocumentStore } from '../workspace/documents';
import type { DocModel } from '../workspace/model';
import type { Settings } from '../workspace/settings';
import { quoteRange, unpackRanges } from '../workspace/summary';
import type { EntityHit, WorkspaceIndex } from '../workspace/workspaceIndex';

export interface FeatureContext {
  store: DocumentStore;
  index: WorkspaceIndex;
  settings(): Settings;
}

export interface EntityStats {
  here: { mentions: number; quotes: number };
  /** Other articles (open or indexed) where the same entity appears. */
  elsewhere: { mentions: number; quotes: number; articles: number };
  hits: EntityHit[];
}

export function entityStats(ctx: FeatureContext, model: DocModel, entity: Entity): EntityStats {
  const hits = ctx.index.findWithVariants(entity).filter((h) => h.uri !== model.uri);
  let mentions = 0;
  let quotes = 0;
  const articles = new Set<string>();
  for (const h of hits) {
    mentions += h.entity.mentionCount;
    quotes += h.entity.quoteCount;
    articles.add(h.uri);
  }
  return {
    here: { mentions: entity.mentions.length, quotes: model.quotesOf(entity).length },
    elsewhere: { mentions, quotes, articles: articles.size },
    hits,
  };
}

/** Every quote by the entity and every mention of it, in this document first, then other articles. */
export function entityLocations(ctx: FeatureContext, model: DocModel, entity: Entity, opts: { mentions: boolean; quotes: boolean }): Location[] {
  const hits = ctx.index.findWithVariants(entity);
  const out: Location[] = [];
  const seen = new Set<string>();
  const add = (loc: Location) => {
    const k = `${loc.uri}:${loc.range.start.line}:${loc.range.start.character}:${loc.range.end.line}:${loc.range.end.character}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(loc);
    }
  };
  if (opts.mentions) for (const m of entity.mentions) add({ uri: model.uri, range: model.range(m) });
  if (opts.quotes) for (const q of model.quotesOf(entity)) add({ uri: model.uri, range: model.range(q) });
  for (const h of hits) {
    if (h.uri === model.uri) continue;
    if (opts.mentions) for (const r of unpackRanges(ctx.index.mentionsOf(h))) add({ uri: h.uri, range: r });
    if (opts.quotes && h.entity.quoteCount) for (const q of ctx.index.quotesOf(h)) add({ uri: h.uri, range: quoteRange(q) });
  }
  return out;
}

/** Quotes by the same source as `q` in this document (entity, or the same anonymous words). */
export function quoteLocations(model: DocModel, q: Quote): Location[] {
  return model.quotesBySameSpeaker(q).map((x) => ({ uri: model.uri, range: model.range(x) }));
}

export function locationLink(uri: string, range: { start: { line: number; character: number } }): string {
  return `${uri}#L${range.start.line + 1},${range.start.character + 1}`;
}

export function basename(uri: string): string {
  const path = decodeURIComponent(uri.replace(/[?#].*$/, ''));
  return path.slice(path.lastIndexOf('/') + 1);
}
