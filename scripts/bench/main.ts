// `npm run bench [engine|lsp|scale|index]`: prints speed and memory figures (engine, language server, command line,
// workspace index).
// Figures only; nothing here fails on a threshold.
import { runEngineBench } from './engine';
import { runIndexBench } from './index';
import { runLspBench } from './lsp';
import { runScaleBench } from './scale';

async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'engine') await runEngineBench();
  if (!only || only === 'lsp') await runLspBench();
  if (!only || only === 'scale') await runScaleBench();
  // Minutes of indexing at archive size: only when asked for (`npm run bench index`).
  if (only === 'index') await runIndexBench(process.argv.slice(3));
  else if (!only) console.log('(the workspace index at archive size: npm run bench index)');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
