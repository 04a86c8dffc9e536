// No import cycles in server/src or client/src. A cycle means two modules call (or type) each other,
// so neither can be read, tested or moved alone (issue 11). Type-only imports count too: a type cycle
// is the same tangle of responsibilities, and it turns into a runtime cycle with the first value import.
// Imports are found and resolved by the TypeScript compiler with the projects' own settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');

function compilerOptions(tsconfig: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')) });
  assert.ok(parsed, `cannot read ${tsconfig}`);
  return parsed.options;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** file → the project files it imports (static, type-only, re-exports and `import()` alike). */
function importGraph(dirs: { dir: string; options: ts.CompilerOptions }[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const own = new Set(dirs.flatMap(({ dir }) => sourceFiles(dir)));
  for (const { dir, options } of dirs) {
    for (const file of sourceFiles(dir)) {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = new Set<string>();
      for (const ref of info.importedFiles) {
        const resolved = ts.resolveModuleName(ref.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
        if (resolved && own.has(path.resolve(resolved))) targets.add(path.resolve(resolved));
      }
      graph.set(file, [...targets].sort());
    }
  }
  return graph;
}

/** One cycle per strongly connected component (Tarjan), each as a path a → b → … → a. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(comp);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  // a shortest way back to the start inside the component names the cycle
  return components.map((comp) => {
    const inComp = new Set(comp);
    const start = [...comp].sort()[0];
    const from = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of graph.get(v) ?? []) {
        if (!inComp.has(w)) continue;
        if (w === start) {
          const cycle = [start];
          for (let u: string | undefined = v; u !== undefined && u !== start; u = from.get(u)) cycle.splice(1, 0, u);
          return [...cycle, start];
        }
        if (!from.has(w)) {
          from.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start, start];
  });
}

const show = (cycle: string[]) => cycle.map((f) => path.relative(root, f)).join(' → ');

test('server/src and client/src have no import cycles (type-only imports included)', () => {
  const graph = importGraph([
    { dir: path.join(root, 'server/src'), options: compilerOptions(path.join(root, 'server/tsconfig.json')) },
    { dir: path.join(root, 'client/src'), options: compilerOptions(path.join(root, 'client/tsconfig.json')) },
  ]);
  // the walk must see the engine's imports, or finding no cycle means nothing
  const engineIndex = [...graph.keys()].find((f) => f.endsWith(path.join('server', 'src', 'engine', 'entities', 'index.ts')));
  assert.ok(engineIndex && graph.get(engineIndex)!.some((f) => f.endsWith('cluster.ts')), 'entities/index.ts should import entities/cluster.ts');
  const cycles = findCycles(graph);
  assert.deepEqual(cycles.map(show), [], `import cycles:\n${cycles.map(show).join('\n')}`);
});

test('the cycle check finds a type-only cycle and names it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cycles-'));
  try {
    writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport interface A { b: B }\n");
    writeFileSync(path.join(dir, 'b.ts'), "export { helper } from './c';\nexport interface B { n: number }\n");
    writeFileSync(path.join(dir, 'c.ts'), "import { type A } from './a';\nexport const helper = (a: A) => a;\n");
    writeFileSync(path.join(dir, 'd.ts'), "import { helper } from './c';\nexport const d = helper;\n");
    const graph = importGraph([{ dir, options: compilerOptions(path.join(root, 'server/tsconfig.json')) }]);
    const cycles = findCycles(graph).map((c) => c.map((f) => path.basename(f)));
    assert.deepEqual(cycles, [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
