// `news-lens queue`: its help is here; its code (BullMQ, ioredis) is loaded only when it runs, from
// dist/queue/queue.js, which the extension's package leaves out (see scripts/build.mjs, .vscodeignore).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Command } from './command';
import type { CliIO } from './io';

const USAGE = `Usage: news-lens queue add [--redis URL] [--queue NAME] [--published YYYY-MM-DD] [--attempts N] PATH...
       news-lens queue add [--redis URL] [--queue NAME] --input jsonl [FILE...|-]
       news-lens queue work [--redis URL] [--queue NAME] [--concurrency N] [--time-limit SECONDS]
       news-lens queue results [--redis URL] [--queue NAME] [--out FILE] [--follow]
       news-lens queue failed [--redis URL] [--queue NAME]

Annotate articles across machines through a BullMQ queue on Redis (7 or later).

  add      one job per article (files and folders, or JSONL records as in annotate --input jsonl);
           the job id comes from the article's id (record id, else the path as given), so an
           article added twice is annotated once
  work     annotate jobs in N sandboxed child processes (default: the number of CPUs); an article
           past the time limit (default 120 s) is stopped and retried (--attempts, default 3, with
           exponential backoff), then kept in the failed list; SIGTERM or Ctrl-C finishes the
           current jobs and stops (a second signal stops at once; the jobs go back to the queue)
  results  write completed results as JSON Lines (each exactly annotate's line for the article)
           to stdout or --out FILE (appended, synced), then remove them from Redis; waits until
           no job is waiting or running, or with --follow forever
  failed   list failed jobs as JSON Lines {id?, file, error, attempts, failedAt}

--redis defaults to $NEWS_LENS_REDIS, else redis://127.0.0.1:6379; --queue to "news-lens".
Redis must have maxmemory-policy noeviction (checked at start). Progress goes to stderr.
`;

type QueueModule = { runQueue(argv: string[], io: CliIO, usage: string): Promise<number> };

function loadQueue(): QueueModule {
  const built = path.join(__dirname, 'queue', 'queue.js'); // beside dist/cli.js
  const source = path.join(__dirname, 'queue', 'run.ts'); // tests and scripts, through tsx
  const file = existsSync(built) ? built : existsSync(source) ? source : null;
  if (!file) throw new QueueMissing(`${built} is missing: the queue comes with the command line installed from the repository (npm install && npm run build, then npm install -g .), not with the VS Code extension`);
  try {
    // createRequire: a plain require(variable) would make esbuild try to bundle it.
    return createRequire(__filename)(file) as QueueModule;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new QueueMissing(`cannot load the queue: ${(err as Error).message.split('\n')[0]}; run \`npm install\` in the news-lens folder`);
    throw err;
  }
}

class QueueMissing extends Error {}

export const queue: Command = {
  name: 'queue',
  synopsis: 'queue add|work|results|failed [--redis URL] ...',
  summary: 'annotate across machines through a BullMQ work queue on Redis',
  usage: USAGE,
  run: async (argv, io) => {
    let mod: QueueModule;
    try {
      mod = loadQueue();
    } catch (err) {
      if (!(err instanceof QueueMissing)) throw err;
      io.stderr.write(`news-lens queue: ${err.message}\n`);
      return 1;
    }
    return mod.runQueue(argv, io, USAGE);
  },
};
