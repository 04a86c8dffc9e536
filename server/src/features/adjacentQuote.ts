// newsLens/adjacentQuote: the next or previous quote by the same speaker as the quote or name under the
// cursor, wrapping around the document (and saying so), or a message when there is none.
import type { AdjacentQuoteResult } from '../protocol';
import type { Quote } from '../engine/types';
import type { DocModel } from '../workspace/model';

export function adjacentQuote(model: DocModel, offset: number, direction: 'next' | 'previous'): AdjacentQuoteResult {
  const t = model.targetAt(offset);
  let quotes: Quote[] = [];
  let who: string | null = null;
  let current: Quote | null = null;
  if (t && t.kind !== 'date') {
    // Inside a quote, "this speaker" is the quote's speaker, even on a name quoted within it.
    current = t.quote;
    if (t.kind === 'mention' && !current) {
      quotes = model.quotesOf(t.entity);
      who = t.entity.name;
    } else if (current) {
      if (!current.speaker) return { target: null, wrapped: false, message: current.kind === 'scare' ? 'This is a scare quote; it has no speaker.' : 'This quote has no speaker.' };
      quotes = model.quotesBySameSpeaker(current);
      who = model.speakerEntity(current)?.name ?? current.speaker.text;
    }
  }
  if (!who) return { target: null, wrapped: false, message: 'Put the cursor on a quote or on a name.' };
  if (!quotes.length) return { target: null, wrapped: false, message: `${who} has no quotes in this article.` };
  const others = current ? quotes.filter((q) => q !== current) : quotes;
  if (!others.length) return { target: null, wrapped: false, message: `No other quote by ${who} in this article.` };
  const anchor = current ? current.start : offset;
  let target: Quote | undefined;
  let wrapped = false;
  if (direction === 'next') {
    target = others.find((q) => q.start > anchor);
    if (!target) {
      target = others[0];
      wrapped = true;
    }
  } else {
    target = [...others].reverse().find((q) => q.start < anchor);
    if (!target) {
      target = others[others.length - 1];
      wrapped = true;
    }
  }
  const index = quotes.indexOf(target) + 1;
  return {
    target: { uri: model.uri, range: model.range(target) },
    wrapped,
    message: wrapped
      ? `Wrapped around to the ${direction === 'next' ? 'first' : 'last'} quote by ${who} (${index} of ${quotes.length}).`
      : `Quote ${index} of ${quotes.length} by ${who}.`,
  };
}
