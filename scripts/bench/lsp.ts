export async function runLspBench(): Promise<void> {
  console.log('lsp bench: not written yet');
}
