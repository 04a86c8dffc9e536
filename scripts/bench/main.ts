// `npm run bench`: prints speed and memory figures (engine, then language server).
// Figures only; nothing here fails on a threshold.
import { runEngineBench } from './engine';
import { runLspBench } from './lsp';
import { runScaleBench } from './scale';

async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'engine') await runEngineBench();
  if (!only || only === 'lsp') await runLspBench();
  if (!only || only === 'scale') await runScaleBench();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
