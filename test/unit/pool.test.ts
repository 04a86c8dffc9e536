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
