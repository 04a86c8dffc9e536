// The index log's compaction copies each live record as it is: after a compaction and a reopen, every
// record reads back with its hot part (heads included) and its detail, and replaced records are gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IndexLog, type LogRecord } from '../../server/src/workspace/indexLog';

type Hot = { p: string; n: number; e?: string[] };

test('compaction keeps each live record byte for byte and drops the replaced ones', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-lens-index-log-'));
  try {
    const { log } = await IndexLog.open<Hot>(dir, 'engine-1', () => undefined);
    const live = new Map<string, { offset: number; length: number; hotLength: number }>();
    // Three generations of the same ten files: two thirds of the log is replaced records.
    for (let gen = 0; gen < 3; gen++) {
      for (let i = 0; i < 10; i++) {
        const p = `batch/article-${i}.news`;
        const at = log.append({ p, n: gen, e: [`Person ${i}`, `gen ${gen}`] }, JSON.stringify({ m: [[gen, i]], q: [`quote ${i}.${gen} — “déjà vu”`] }));
        if (live.has(p)) log.replaced(live.get(p)!.length + 64);
        live.set(p, at);
      }
    }
    const before = statSync(log.file).size;
    const order = [...live.keys()];
    const moved = await log.compact(order.map((p) => live.get(p)!));
    assert.ok(statSync(log.file).size < before / 2, 'the replaced records are gone');
    order.forEach((p, i) => {
      const i0 = Number(p.match(/(\d+)\.news$/)![1]);
      assert.equal(log.detail(moved[i].offset, moved[i].length), JSON.stringify({ m: [[2, i0]], q: [`quote ${i0}.2 — “déjà vu”`] }));
    });
    log.close();
    // Read back from disk: checksums hold, every record is the last generation, heads included.
    const seen: LogRecord<Hot>[] = [];
    const notes: string[] = [];
    const again = await IndexLog.open<Hot>(dir, 'engine-1', (m) => notes.push(m), (rec) => seen.push(rec));
    assert.deepEqual(notes, []);
    assert.equal(again.records.size, 10);
    assert.equal(seen.length, 10);
    for (const [p, rec] of again.records) {
      const i0 = Number(p.match(/(\d+)\.news$/)![1]);
      assert.deepEqual(rec.hot, { p, n: 2, e: [`Person ${i0}`, 'gen 2'] });
      assert.equal(JSON.parse(again.log.detail(rec.offset, rec.length)).q[0], `quote ${i0}.2 — “déjà vu”`);
    }
    again.log.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
