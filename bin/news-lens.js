#!/usr/bin/env node
// The `news-lens` command: a shim over the bundled CLI (built by `npm run build`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('news-lens: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(1);
}
// A one-shot command: compile each pattern straight to machine code instead of interpreting it
// first and compiling it again once hot (about 15 ms off a first analysis; results are the same).
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
// Optimise a function only after 4x the default feedback: the engine's large rule functions were
// recompiled by TurboFan ~10 times each as new object shapes turned up, which cost about as much CPU
// on V8's compiler threads as the analysis itself (and twice over with --jobs 2). Results are the same.
require('node:v8').setFlagsFromString('--interrupt-budget=270336');
// Compiled through a code cache (see code-cache.js). A --jobs thread runs this file too: the bundle then
// answers analysis jobs as it loads, and only the main thread runs the command.
const loaded = require('./code-cache').load(cli);
if (require('node:worker_threads').isMainThread) loaded.run();
