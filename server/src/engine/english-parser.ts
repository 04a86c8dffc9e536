// parse-english's parser with a faster first step. parse-latin's tokenize tests every character of a block
// against up to three large character-class regexes (white space, punctuation, word) and spends a fifth of the
// parse doing it. This one gives each character code the class that parse-latin's own tokenize gives it (asked
// once per code, then remembered), and otherwise runs the same loop and builds the same nodes, so the trees are
// the same as the stock parser's (english-parser.test.ts compares them). Every later step is parse-english's.
import { ParseEnglish } from 'parse-english';

type Node = ReturnType<ParseEnglish['tokenize']>[number];
type Point = { line: number; column: number; offset: number };

const WHITE_SPACE = 1;
const WORD = 3;
const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const;

const stockTokenize = ParseEnglish.prototype.tokenize;
/** Class of each UTF-16 code unit seen so far (0: not asked yet). */
const classes = new Uint8Array(0x10000);

/** The node type parse-latin gives a single code unit, as its index in TYPES. */
export function classOf(code: number): number {
  let c = classes[code];
  if (c === 0) {
    const type = stockTokenize.call(new ParseEnglish(), String.fromCharCode(code))[0].type;
    c = TYPES.indexOf(type as (typeof TYPES)[number]);
    if (c <= 0) throw new Error(`parse-latin gave an unknown node type: ${type}`);
    classes[code] = c;
  }
  return c;
}

export class FastParseEnglish extends ParseEnglish {
  // The loop of parse-latin 7's tokenize, with `classOf` for its regex tests, char codes for characters, and the
  // current point in three variables (each point is a new object, as parse-latin's `{ ...currentPoint }` copies).
  override tokenize(value?: string | null): Node[] {
    const children: Node[] = [];
    if (!value) return children;
    let line = 1;
    let column = 1;
    let offset = 0;
    let from = 0;
    let start: Point = { line, column, offset };
    let previousType = 0;
    let previous = -1;
    const createNode = (type: number, text: string): Node =>
      type === WORD
        ? {
            type: 'WordNode',
            children: [{ type: 'TextNode', value: text, position: { start, end: { line, column, offset } } }],
            position: { start, end: { line, column, offset } },
          }
        : ({ type: TYPES[type], value: text, position: { start, end: { line, column, offset } } } as Node);
    while (offset < value.length) {
      const current = value.charCodeAt(offset);
      const currentType = classOf(current);
      if (
        from < offset &&
        previousType !== 0 &&
        !(
          previousType === currentType &&
          // Words and white space continue; so does a run of one punctuation or symbol character, or of surrogates.
          (previousType === WORD || previousType === WHITE_SPACE || current === previous || (current >= 0xd800 && current <= 0xdfff))
        )
      ) {
        children.push(createNode(previousType, value.slice(from, offset)));
        from = offset;
        start = { line, column, offset };
      }
      if (current === 13 || (current === 10 && previous !== 13)) {
        line++;
        column = 1;
      } else if (current !== 10) {
        column++;
      }
      offset++;
      previousType = currentType;
      previous = current;
    }
    if (previousType !== 0 && from < offset) children.push(createNode(previousType, value.slice(from, offset)));
    return children;
  }
}
