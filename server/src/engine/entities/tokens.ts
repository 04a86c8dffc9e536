// A token of one sentence as the entity tagger sees it (offsets relative to the block while the
// candidates are found, then shifted to the document). Its own module so that headlines.ts and the
// rule families can share it without importing candidates.ts, which imports them.
export interface Tok {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'punct' | 'symbol';
}
