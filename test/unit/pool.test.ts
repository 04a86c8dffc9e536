// The worker pool shared by `annotate --jobs` and the queue: order, crashes and the per-task time limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { TaskError, TimeLimitError, WorkerPool } from '../../server/src/pool/pool';

const script = path.join(__dirname, 'pool-worker.ts');

test('a pool answers every task, each with its own result', async () => {
  const pool = new WorkerPool<{ n: number }, number>({ script, size: 2 });
  try {
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => pool.run({ n })));
    assert.deepEqual(results, Array.from({ length: 50 }, (_, n) => n * 2));
  } finally {
    await pool.close();
  }
});

test('a task past the time limit is stopped mid-computation and the next task still runs', async () => {
  const pool = new WorkerPool<{ n: number; spin?: boolean }, number>({ script, size: 1, timeLimitMs: 1500 });
  try {
    const stuck = pool.run({ n: 1, spin: true });
    const after = pool.run({ n: 21 });
    await assert.rejects(stuck, TimeLimitError);
    assert.equal(await after, 42);
  } finally {
    await pool.close();
  }
});

test('a thread that throws or exits fails only its task', async () => {
  const pool = new WorkerPool<{ n: number; exit?: boolean; fail?: boolean }, number>({ script, size: 1 });
  try {
    const thrown = pool.run({ n: 5, fail: true });
    const exited = pool.run({ n: 6, exit: true });
    const fine = pool.run({ n: 7 });
    await assert.rejects(thrown, (err: TaskError) => !err.crashed && /cannot do 5/.test(err.message));
    await assert.rejects(exited, (err: TaskError) => err.crashed && /exited with code 3/.test(err.message));
    assert.equal(await fine, 14);
  } finally {
    await pool.close();
  }
});

test('with several tasks posted to a thread, a crash fails only the running one and the rest run on a new thread', async () => {
  const pool = new WorkerPool<{ n: number; exit?: boolean }, number>({ script, size: 1, depth: 3 });
  try {
    const before = pool.run({ n: 1 });
    const exited = pool.run({ n: 2, exit: true });
    const after = [pool.run({ n: 3 }), pool.run({ n: 4 }), pool.run({ n: 5 })];
    assert.equal(await before, 2);
    await assert.rejects(exited, (err: TaskError) => err.crashed && /exited with code 3/.test(err.message));
    assert.deepEqual(await Promise.all(after), [6, 8, 10]);
  } finally {
    await pool.close();
  }
});

test('a depth above 1 is refused with a time limit (its clock is per task)', () => {
  assert.throws(() => new WorkerPool({ script, size: 1, depth: 2, timeLimitMs: 1000 }), /only 1 with a time limit/);
});
