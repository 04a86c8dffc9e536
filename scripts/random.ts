// A small deterministic generator (LCG) for tests, so a failure can be replayed from its seed.
export function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}
