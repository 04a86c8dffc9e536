// Runs the command line from source (spawned by tests that need a real process: stdin, signals).
import { run } from '../../server/src/cli';

run();
