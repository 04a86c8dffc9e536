// Small text helpers shared by the loaders: code-point → UTF-16 offsets, XML entities,
// detokenisation of pre-tokenised corpora (CoNLL, MEANTIME) into natural text.

/** Map from a code-point offset to a UTF-16 offset for `text` (index = code point offset). */
export function codePointToUtf16(text: string): number[] {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|\.\.\.|'s|'S|n't|N'T|'re|'ll|'ve|'d|'m|'RE|'LL|'VE|'D|'M|')$/;
const NO_SPACE_AFTER = /^[([{$#]$/;
const DOUBLE_QUOTES = /^(?:"|``|''|“|”)$/;

export interface Detokenised {
  text: string;
  /** offsets[i] = [start, end) of token i in text. */
  offsets: [number, number][];
}

/**
 * Joins sentences of tokens into natural text. Punctuation attaches to the previous word,
 * clitics ('s, n't) too; double quotes alternate opening/closing (`` and '' are mapped to ").
 * Sentences ending in . ! ? or a closing quote continue the paragraph; others (headlines,
 * datelines, table rows) and all-caps headlines stand on their own line, followed by a blank line.
 */
export function detokenise(sentences: string[][]): Detokenised {
  let text = '';
  const offsets: [number, number][] = [];
  let quoteOpen = false;
  let prevEndsParagraph = true;
  for (const sent of sentences) {
    if (!sent.length) continue;
    // The separator is written before the first token, unless that token attaches to the
    // previous sentence (a closing quote that the corpus put at the start of the next sentence).
    const sep = text.length ? (prevEndsParagraph ? '\n\n' : ' ') : '';
    let noSpaceNext = true;
    for (let i = 0; i < sent.length; i++) {
      let tok = sent[i];
      let glueLeft = false;
      let glueRight = false;
      if (DOUBLE_QUOTES.test(tok)) {
        const opening: boolean = tok === '``' || tok === '“' ? true : tok === "''" || tok === '”' ? false : !quoteOpen;
        tok = '"';
        quoteOpen = opening;
        if (opening) glueRight = true;
        else glueLeft = true;
      } else if (tok === '`') {
        tok = "'";
        glueRight = true;
      } else {
        glueLeft = NO_SPACE_BEFORE.test(tok);
        glueRight = NO_SPACE_AFTER.test(tok);
      }
      if (i === 0) text += sep === ' ' && glueLeft ? '' : sep;
      else if (!noSpaceNext && !glueLeft) text += ' ';
      offsets.push([text.length, text.length + tok.length]);
      text += tok;
      noSpaceNext = glueRight;
    }
    const last = sent[sent.length - 1];
    const words = sent.join(' ');
    const shouting = /[A-Z]{2}/.test(words) && !/[a-z]/.test(words); // all-caps headline
    prevEndsParagraph = shouting || (!/^(?:[.!?]|''|"|”|\.\.\.)$/.test(last) && !/[.!?]$/.test(last));
  }
  return { text, offsets };
}
