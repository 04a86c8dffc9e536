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
