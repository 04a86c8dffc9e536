// `npm run package`: builds a .vsix with @vscode/vsce (which runs `vscode:prepublish`, the production build).
// --no-dependencies: everything the extension needs is bundled into dist/.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, `${name}-${version}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
  { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(`${path.basename(out)}: ${(statSync(out).size / 1024).toFixed(0)} KB`);
console.log(`install with: code --install-extension ${path.basename(out)}`);
