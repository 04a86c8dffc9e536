// The engine's public data model. Offsets are UTF-16 code units, half-open [start, end),
// into the document text (after UTF-8 decoding with any BOM removed).
import type { CorrectionRecord, CorrectionRef, CorrectionsInput, Unplaced } from './corrections/types';
import type { DateType, EntityType, QuoteKind } from './kinds';

export type { DateType, EntityType, QuoteKind } from './kinds';

/**
 * Who decided an annotation: the rules ("machine") or a person ("human": corrected, added or confirmed).
 * Optional in the types so the rules need not set it; analyze() always sets it on every quote, speaker,
 * entity and date.
 */
export type Origin = 'machine' | 'human';

/** Set by analyze() on every quote, speaker, entity and date; `correction` names the last record that touched a human one. */
export interface Provenance {
  origin?: Origin;
  correction?: CorrectionRef;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Entity extends Provenance {
  id: string;
  type: EntityType;
  /** Canonical (longest, most complete) name. */
  name: string;
  /** Other surface forms seen in this document (surname, variants, acronyms), without `name`. */
  aliases: string[];
  /** Roles from titles and appositives ("Secretary of State", "White House spokesman"). */
  roles: string[];
  /** Every mention, in document order. mentions[0] is the defining mention. */
  mentions: Span[];
}

export interface Speaker extends Span, Provenance {
  /** Id of the entity the speaker words refer to, or null (anonymous / unlinked). */
  entity: string | null;
  anonymous: boolean;
  /** How the speaker was found, for hover cards, e.g. "he → Sergei Lavrov, subject of the previous sentence". */
  method?: string;
}

export interface Quote extends Span, Provenance {
  id: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Span | null;
}

export interface DateMention extends Span, Provenance {
  type: DateType;
  /** TimeML/ISO value (2013-09-12, 2013-W38, 2013-09, P30D, PRESENT_REF) or null when unresolvable. */
  value: string | null;
  /** True when the value depends on the publication date or an earlier date in the story (weekday, "next week", "the next day"). */
  relative?: boolean;
  /** What a relative value was resolved against, e.g. "publication date 2013-09-11". */
  anchor?: string;
}

export type ProblemCode = 'unclosed-quote' | 'unopened-quote' | 'input';

export interface Problem {
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: ProblemCode;
  message: string;
}

export type PublishedSource = 'option' | 'front-matter' | 'dateline' | 'file-name' | null;

export type BlockKind =
  | 'front-matter' // YAML front matter (not prose)
  | 'headline' // first line / Markdown heading level 1
  | 'heading' // a subheading or short line without final punctuation
  | 'dateline-line' // a date/timestamp line near the top
  | 'caption' // photo captions and credit lines
  | 'boilerplate' // "This is an archived article…", "Latest News"
  | 'paragraph' // body prose
  | 'code'; // Markdown code, tables etc. (not prose)

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** 'word' | 'punct' | 'symbol' (retext's WordNode / PunctuationNode / SymbolNode). */
  kind: 'word' | 'punct' | 'symbol';
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the block this sentence belongs to. */
  block: number;
  tokens: Token[];
}

export interface Article {
  text: string;
  format: 'text' | 'markdown';
  blocks: Block[];
  sentences: Sentence[];
  /** Front matter fields, when present. */
  meta: { title?: string; date?: string; author?: string };
}

export interface Analysis {
  published: string | null;
  publishedSource: PublishedSource;
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  problems: Problem[];
  blocks: Block[];
  /** Present when corrections were given: the records at their current offsets, and those that could not be placed. */
  corrections?: { placed: CorrectionRecord[]; unplaced: Unplaced[] };
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD; wins over front matter and datelines. */
  published?: string | null;
  /** File name or path, used to choose Markdown vs plain text. */
  fileName?: string;
  format?: 'text' | 'markdown';
  /** Per-block memo shared between calls (the language server keeps one per document). */
  cache?: BlockCache;
  /** A person's decisions to honour (the article's corrections file and the workspace names list). */
  corrections?: CorrectionsInput;
}

/** Memo of per-block work keyed by block text; the engine decides what it stores. */
export interface BlockCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}
