// `npm test`: unit, grammar and LSP tests with Node's test runner (TypeScript through tsx).
// Usage: node scripts/run-tests.mjs [unit|lsp|grammar ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const suites = process.argv.slice(2);
const dirs = suites.length ? suites : ['unit', 'grammar', 'lsp'];
const files = [];
function walk(dir) {
  let entries = [];
  try { entries = readdirSync(dir); } catch { return; }
  for (const name of entries.sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(p);
  }
}
for (const d of dirs) walk(path.join('test', d));
if (!files.length) { console.error('no test files found'); process.exit(1); }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
