export async function runEngineBench(): Promise<void> {
  console.log('engine bench: not written yet');
}
