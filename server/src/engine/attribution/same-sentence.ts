// Rule 4: earlier quotes of a sentence share the attribution that follows its last quote.
//   "They are painful" but necessary "for the long term," he said.   → both are his
//   He called it a "sham" and said "we will appeal."                  → the quoted term stays the writer's
import type { Quote } from '../types';
import type { Result } from './context';
import type { TokenView } from './tokens';

/** Fills results[qi] from results[qi + 1] for unattributed quotes of the same sentence (last to first). */
export function shareWithNextQuote(view: TokenView, quotes: Quote[], results: Array<Result | null>, methods: string[], own: boolean[]): void {
  const { toks, quoteToks } = view;
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    if (results[qi] || !results[qi + 1] || quoteToks[qi].first < 0 || quoteToks[qi + 1].first < 0) continue;
    if (toks[quoteToks[qi].first].sent !== toks[quoteToks[qi + 1].first].sent) continue;
    if (quotes[qi].kind === 'scare') continue; // a quoted term before a quotation is not said by its speaker
    results[qi] = results[qi + 1];
    methods[qi] = `${methods[qi + 1]} (same sentence as the next quote)`;
    own[qi] = true;
  }
}
