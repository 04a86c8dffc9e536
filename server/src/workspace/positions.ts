// Offsets (UTF-16 code units) to LSP positions without a TextDocument (used in workers and summaries).
export interface Pos { line: number; character: number }

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Pos {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Pos): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  range(start: number, end: number): { start: Pos; end: Pos } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Split [start, end) into one piece per line, dropping empty pieces. */
  splitByLine(start: number, end: number): { line: number; character: number; length: number; start: number }[] {
    const out: { line: number; character: number; length: number; start: number }[] = [];
    let { line } = this.positionAt(start);
    let s = start;
    while (s < end && line < this.starts.length) {
      const e = Math.min(end, this.lineEnd(line));
      if (e > s) out.push({ line, character: s - this.starts[line], length: e - s, start: s });
      line++;
      if (line < this.starts.length) s = Math.max(s, this.starts[line]);
      else break;
    }
    return out;
  }
}
