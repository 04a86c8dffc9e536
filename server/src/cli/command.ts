// The shape of one subcommand (`news-lens NAME ...`). Each lives in its own file and is listed in commands.ts.
import type { CliIO } from './io';

export interface Command {
  /** The word after `news-lens`. */
  name: string;
  /** Its usage line without the leading `news-lens `, shown in `news-lens --help`. */
  synopsis: string;
  /** One line for `news-lens --help`. */
  summary: string;
  /** The full help, printed by `news-lens NAME --help` (the command prints it itself). */
  usage: string;
  /** Runs with the arguments after NAME; resolves to the exit status. Throw UsageError for a usage mistake (exit 2). */
  run(argv: string[], io: CliIO): Promise<number>;
}
