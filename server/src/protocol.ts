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
export const TokenTypes = ['quote', 'person', 'organization', 'place', 'date', 'speaker'] as const;
export const TokenModifiers = ['declaration', 'anonymous', 'partial', 'scare', 'relative', 'unattributed'] as const;
export type TokenType = (typeof TokenTypes)[number];
export type TokenModifier = (typeof TokenModifiers)[number];

/**
 * Client-side command used by code lenses ("6 quotes · 3 articles"). The client registers it and forwards to
 * `editor.action.showReferences`, converting the JSON arguments to VS Code types:
 * arguments = [uri: string, position: {line, character}, locations: {uri, range}[]].
 */
export const ShowReferencesCommand = 'newsLens.showReferences';
export type ShowReferencesArguments = [
  string,
  { line: number; character: number },
  { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[],
];

/** Notification from server to client: progress of the workspace index (also reported through workDoneProgress). */
export const IndexStatusNotification = 'newsLens/indexStatus';
export interface IndexStatusParams { indexed: number; total: number; skipped: number; done: boolean }

/**
 * Limits the server applies. Documents above `newsLens.maxFileSize` bytes (default 2,000,000) are not analysed;
 * a `newsLens/skipped` notification and a window message say so. Analysis runs in worker threads, so the server
 * keeps answering while a large article (100,000 words, about 600 KB) is analysed; requests about that article wait
 * for its analysis (a few seconds; hovers and definitions before the edited text are answered from the previous
 * analysis), requests about other articles do not. See docs/lsp.md.
 */
export const DefaultMaxFileSize = 2_000_000;
