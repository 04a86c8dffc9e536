// The workspace index on disk: one append-only log file per workspace folder (Bitcask-style), written by
// the server only. Why a log of our own and not an embedded database: the .vsix is bundled by esbuild with
// no node_modules, so a native store (better-sqlite3) would need a prebuilt binary per platform; the index
// needs only "append a file's record" and "read every record at start, one record by offset later", which
// a log does with one write per file and no fsync on the hot path.
//
// Layout: header = magic "NLIDX01\n", u32 format, u32 n, n bytes engine version, u32 crc32 of what precedes.
// Record = u32 body length, u32 crc32(body), body = u8 kind (1 entry, 2 removed), u32 hot length, hot JSON,
// detail JSON. A header from another format or engine version is never read (the file is started again);
// a record with a bad checksum or cut short (a crash while appending) ends the log there: it and everything
// after it are cut off, and their files are analysed again. Compaction writes a temp file and renames it.
import { closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync, ftruncateSync, fstatSync } from 'node:fs';
import { open as openAsync } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';

const Magic = Buffer.from('NLIDX01\n', 'latin1');
export const LogFormat = 1;
const Entry = 1;
const Removed = 2;

export interface LogRecord<H> {
  hot: H;
  /** Where the detail JSON is in the log (read with `detail`). */
  offset: number;
  length: number;
  /** Bytes of the hot JSON, just before the detail (compaction copies a record as it is). */
  hotLength: number;
}

function header(engine: string): Buffer {
  const e = Buffer.from(engine, 'utf8');
  const b = Buffer.alloc(Magic.length + 8 + e.length + 4);
  Magic.copy(b, 0);
  b.writeUInt32LE(LogFormat, Magic.length);
  b.writeUInt32LE(e.length, Magic.length + 4);
  e.copy(b, Magic.length + 8);
  b.writeUInt32LE(crc32(b.subarray(0, b.length - 4)), b.length - 4);
  return b;
}

/** Encodes one record (exported for the tests, which forge logs from other engine versions). */
export function encodeRecord(hot: unknown, detail: string | null): Buffer {
  const h = Buffer.from(JSON.stringify(hot), 'utf8');
  const d = Buffer.from(detail ?? '', 'utf8');
  const body = Buffer.alloc(5 + h.length + d.length);
  body.writeUInt8(detail === null ? Removed : Entry, 0);
  body.writeUInt32LE(h.length, 1);
  h.copy(body, 5);
  d.copy(body, 5 + h.length);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(body.length, 0);
  head.writeUInt32LE(crc32(body), 4);
  return Buffer.concat([head, body]);
}

export class IndexLog<H extends { p: string }> {
  private fd: number;
  private size: number;
  /** Bytes of records that a later record replaced (compaction reclaims them). */
  private dead = 0;

  private constructor(
    readonly file: string,
    private readonly engine: string,
    fd: number,
    size: number,
  ) {
    this.fd = fd;
    this.size = size;
  }

  /**
   * Opens (or starts) the log in `dir` and reads every live record, yielding to the event loop between
   * chunks. `notes` receives what was found wrong (a log from another engine version, a damaged tail).
   * `keep` sees each entry as it is read, so that the caller can pack it at once (20,000 records' parsed
   * JSON held until the end of the read would grow a heap that V8 never gives back).
   */
  static async open<H extends { p: string }>(
    dir: string,
    engine: string,
    notes: (m: string) => void,
    keep: (rec: LogRecord<H>) => void = () => undefined,
  ): Promise<{ log: IndexLog<H>; records: Map<string, LogRecord<H>> }> {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'index.log');
    const records = new Map<string, LogRecord<H>>();
    const want = header(engine);
    let good = 0;
    let dead = 0;
    let fh: Awaited<ReturnType<typeof openAsync>> | null = null;
    try {
      fh = await openAsync(file, 'r');
    } catch {
      /* no log yet */
    }
    if (fh) {
      try {
        const total = (await fh.stat()).size;
        const head = Buffer.alloc(want.length);
        const { bytesRead } = await fh.read(head, 0, want.length, 0);
        if (bytesRead === want.length && head.equals(want)) {
          good = want.length;
          const chunk = 1 << 20;
          let buf = Buffer.alloc(chunk);
          let bufStart = good; // file offset of buf[0]
          let bufLen = 0;
          let pos = good;
          for (;;) {
            // Make sure buf holds [pos, pos + need) for the next record's head and body.
            const ensure = async (need: number): Promise<boolean> => {
              if (pos + need > total) return false;
              if (pos >= bufStart && pos + need <= bufStart + bufLen) return true;
              if (need > buf.length) buf = Buffer.alloc(need);
              const r = await fh!.read(buf, 0, Math.max(need, Math.min(buf.length, total - pos)), pos);
              bufStart = pos;
              bufLen = r.bytesRead;
              return pos + need <= bufStart + bufLen;
            };
            if (!(await ensure(8))) break;
            const len = buf.readUInt32LE(pos - bufStart);
            const sum = buf.readUInt32LE(pos - bufStart + 4);
            if (len < 5 || !(await ensure(8 + len))) break;
            const body = buf.subarray(pos - bufStart + 8, pos - bufStart + 8 + len);
            if (crc32(body) !== sum) break;
            const kind = body.readUInt8(0);
            const hotLen = body.readUInt32LE(1);
            if (hotLen > len - 5 || (kind !== Entry && kind !== Removed)) break;
            let hot: H;
            try {
              hot = JSON.parse(body.toString('utf8', 5, 5 + hotLen)) as H;
            } catch {
              break;
            }
            const prev = records.get(hot.p);
            if (prev) dead += prev.length + prev.hot.p.length + 64;
            if (kind === Entry) {
              const rec = { hot, offset: pos + 8 + 5 + hotLen, length: len - 5 - hotLen, hotLength: hotLen };
              keep(rec);
              records.set(hot.p, rec);
            } else {
              records.delete(hot.p);
              dead += len + 8;
            }
            pos += 8 + len;
            good = pos;
            if (records.size % 2000 === 0) await new Promise<void>((r) => setImmediate(r));
          }
          if (good < total) notes(`the index cache ${file} was damaged after ${good} of ${total} bytes; the rest is rebuilt`);
        } else if (bytesRead > 0) {
          notes(`the index cache ${file} was written by another version of News Lens (or is damaged); it is rebuilt`);
        }
      } finally {
        await fh.close();
      }
    }
    if (good === 0) {
      // Start a fresh log: header to a temp file, then rename, so a crash here leaves no half header.
      const tmp = file + '.tmp';
      writeFileSync(tmp, want);
      renameSync(tmp, file);
      good = want.length;
    }
    const fd = openSync(file, 'r+');
    if (fstatSync(fd).size > good) ftruncateSync(fd, good);
    const log = new IndexLog<H>(file, engine, fd, good);
    log.dead = dead;
    return { log, records };
  }

  /** Appends a file's record (`hot` as written may hold more than the `H` kept in memory); returns where its detail is. */
  append<W extends { p: string }>(hot: W, detail: string): { offset: number; length: number; hotLength: number } {
    const rec = encodeRecord(hot, detail);
    writeSync(this.fd, rec, 0, rec.length, this.size);
    const hotLen = rec.readUInt32LE(9);
    const at = { offset: this.size + 8 + 5 + hotLen, length: rec.length - 8 - 5 - hotLen, hotLength: hotLen };
    this.size += rec.length;
    return at;
  }

  remove(p: string): void {
    const rec = encodeRecord({ p }, null);
    writeSync(this.fd, rec, 0, rec.length, this.size);
    this.size += rec.length;
    this.dead += rec.length;
  }

  /** Marks a record as replaced (counts towards compaction). */
  replaced(length: number): void {
    this.dead += length;
  }

  detail(offset: number, length: number): string {
    const b = Buffer.alloc(length);
    readSync(this.fd, b, 0, length, offset);
    return b.toString('utf8');
  }

  get wasted(): number {
    return this.dead;
  }

  get bytes(): number {
    return this.size;
  }

  /**
   * Rewrites the log with only `live` records, each copied as it is (temp file, fsync, rename). Returns the
   * new detail offsets in the same order. Yields between records so requests are answered meanwhile.
   */
  async compact(live: { offset: number; length: number; hotLength: number }[]): Promise<{ offset: number; length: number }[]> {
    const tmp = this.file + '.tmp';
    const out = openSync(tmp, 'w');
    const moved: { offset: number; length: number }[] = [];
    try {
      const h = header(this.engine);
      writeSync(out, h);
      let size = h.length;
      for (let i = 0; i < live.length; i++) {
        const { offset, length, hotLength } = live[i];
        // The whole record (length, crc, kind, hot, detail) starts 13 bytes before its hot JSON.
        const rec = Buffer.alloc(13 + hotLength + length);
        readSync(this.fd, rec, 0, rec.length, offset - hotLength - 13);
        writeSync(out, rec, 0, rec.length, size);
        moved.push({ offset: size + 13 + hotLength, length });
        size += rec.length;
        if (i % 500 === 499) await new Promise<void>((r) => setImmediate(r));
      }
      fsyncSync(out);
      closeSync(out);
      renameSync(tmp, this.file);
      closeSync(this.fd);
      this.fd = openSync(this.file, 'r+');
      this.size = size;
      this.dead = 0;
      return moved;
    } catch (err) {
      try {
        closeSync(out);
      } catch {
        /* closed */
      }
      rmSync(tmp, { force: true });
      throw err;
    }
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }

  /** Removes the log (the rebuild command): a fresh one is started by the next `open`. */
  destroy(): void {
    this.close();
    rmSync(this.file, { force: true });
  }
}
