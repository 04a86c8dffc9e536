// Custom requests between the News Lens client and server (beyond standard LSP).
// Shared by client and server; contains no runtime dependencies on either side.

export interface AdjacentQuoteParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
  direction: 'next' | 'previous';
}

export interface AdjacentQuoteResult {
  /** The quote to move to, or null when there is none. */
  target: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null;
  /** True when the search wrapped past the end (or start) of the document. */
  wrapped: boolean;
  /** A message for the user when there is no target or when the move wrapped. */
  message?: string;
}

export const AdjacentQuoteRequest = 'newsLens/adjacentQuote';

export interface QuotesBySpeakerParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export interface QuotesBySpeakerResult {
  speaker: string | null;
  quotes: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[];
}

export const QuotesBySpeakerRequest = 'newsLens/quotesBySpeaker';

/** Notification from server to client: the document was skipped (too large, binary...). */
export const SkippedNotification = 'newsLens/skipped';
export interface SkippedParams { uri: string; reason: string }

/** Legend of the semantic tokens, in this exact order (the client reads it from the server's capabilities). */
// `other` (products, events, works, nationalities) comes last so the older types keep their legend index.
export const TokenTypes = ['quote', 'person', 'organization', 'place', 'date', 'speaker', 'other'] as const;
export const TokenModifiers = ['declaration', 'anonymous', 'partial', 'scare', 'relative', 'unattributed'] as const;
export type TokenType = (typeof TokenTypes)[number];
export type TokenModifier = (typeof TokenModifiers)[number];

/**
 * Client-side command used by code lenses ("6 quotes · 3 articles"). The client registers it and forwards to
 * `editor.action.showReferences`, converting the JSON arguments to VS Code types:
 * arguments = [uri: string, position: {line, character}, locations: {uri, range}[] | null]. `null` when the
 * entity is named in too many articles to list in every lens: the client then asks for the references at the
 * position when the lens is clicked.
 */
export const ShowReferencesCommand = 'newsLens.showReferences';
export type ShowReferencesArguments = [
  string,
  { line: number; character: number },
  { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] | null,
];

/** Notification from server to client: progress of the workspace index (also reported through workDoneProgress). */
export const IndexStatusNotification = 'newsLens/indexStatus';
export interface IndexStatusParams {
  indexed: number;
  total: number;
  skipped: number;
  done: boolean;
  /** Files analysed in this pass; the others came from the index cache unchanged. */
  analysed: number;
  /** When done: articles in the index and distinct speakers quoted in them. */
  articles: number;
  speakers: number;
}

/** Request from client to server: forget the index cache and index the workspace again. */
export const RebuildIndexRequest = 'newsLens/rebuildIndex';

/**
 * Limits the server applies. Documents above `newsLens.maxFileSize` bytes (default 2,000,000) are not analysed;
 * a `newsLens/skipped` notification and a window message say so. Analysis runs in worker threads, so the server
 * keeps answering while a large article (100,000 words, about 600 KB) is analysed; requests about that article wait
 * for its analysis (a few seconds; hovers and definitions before the edited text are answered from the previous
 * analysis), requests about other articles do not. See docs/lsp.md.
 */
export const DefaultMaxFileSize = 2_000_000;

/**
 * Corrections (issue 9, docs/annotations.md). Code actions carry a `newsLens.correct` command the server
 * executes (workspace/executeCommand): it writes the decisions to the article's corrections file through the
 * engine's store and re-analyses. Offsets are UTF-16, half-open, in the text of `version`.
 */
export const CorrectCommand = 'newsLens.correct';
export interface CorrectionDecisionRequest {
  kind: 'quote' | 'mention' | 'date';
  start: number;
  end: number;
  /** A Decision of the corrections format (engine/corrections/types.ts). */
  decision: { action: string; [key: string]: unknown };
}
export interface CorrectArguments {
  uri: string;
  version: number;
  /** What the action is called in the menu (undo names it). */
  label: string;
  decisions?: CorrectionDecisionRequest[];
  /** Ids of records to delete. */
  remove?: string[];
  /** Move an unplaced record to this span (quick fix "attach to selection"). */
  attach?: { id: string; start: number; end: number };
  /** "In all articles": the workspace names list (type null = never a name). */
  names?: { name: string; type: 'person' | 'organization' | 'place' | 'other' | null }[];
}
export interface CorrectResult {
  ok: boolean;
  message: string;
}

/** Server commands the palette commands call with the active document (other editors call them directly). */
export const ConfirmArticleCommand = 'newsLens.server.confirmArticle';
export const UndoCorrectionCommand = 'newsLens.server.undoCorrection';
export const AgreementCommand = 'newsLens.server.agreement';
/** Arguments of ConfirmArticleCommand and AgreementCommand: [{ uri }] (agreement: omit uri for every open article). */
export interface DocumentCommandArguments { uri?: string }
export interface AgreementResult extends CorrectResult {
  /** The same figures as `news-lens agreement --format json`, and as text. */
  json?: unknown;
  text?: string;
}

/**
 * Client commands for code actions that need input (offered only when the client says it has them, with
 * initializationOptions.inputCommands = true). Each shows a quick pick or input box, then runs CorrectCommand.
 * arguments = [InputCommandArguments].
 */
export const SetSpeakerInputCommand = 'newsLens.setSpeakerFromList';
export const SetRoleInputCommand = 'newsLens.setRole';
export const SetDateValueInputCommand = 'newsLens.setDateValue';
export interface InputCommandArguments {
  uri: string;
  version: number;
  kind: 'quote' | 'mention' | 'date';
  start: number;
  end: number;
  /** Set speaker…: every entity of the article, candidates first. */
  choices?: string[];
  /** The current value (role list joined with "; ", date value). */
  current?: string;
}
