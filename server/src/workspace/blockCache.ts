// A per-document BlockCache that keeps only the entries the latest analysis used, so memory does not grow
// with every edit: entries from the previous generation are carried over when read, the rest are dropped.
import type { BlockCache } from '../engine/types';

export class GenerationalCache implements BlockCache {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();

  /** Call before each analysis of the document. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(key: string): unknown {
    if (this.current.has(key)) return this.current.get(key);
    if (this.previous.has(key)) {
      const v = this.previous.get(key);
      this.current.set(key, v);
      return v;
    }
    return undefined;
  }

  set(key: string, value: unknown): void {
    this.current.set(key, value);
  }

  get size(): number {
    return this.current.size;
  }
}
