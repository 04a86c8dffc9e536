// A worker script for the WorkerPool tests: doubles a number, or misbehaves as asked.
import { serve } from '../../server/src/pool/serve';

serve((req: { n: number; spin?: boolean; exit?: boolean; fail?: boolean }) => {
  if (req.spin) for (;;); // never returns: only the pool's time limit ends it
  if (req.exit) process.exit(3);
  if (req.fail) throw new Error(`cannot do ${req.n}`);
  return req.n * 2;
});
