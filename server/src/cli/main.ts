// `news-lens COMMAND ...`: finds the subcommand and runs it; usage errors exit 2 with a hint.
import type { Command } from './command';
import { COMMANDS } from './commands';
import { forgetNamesLists } from './corrections';
import { HINT, isHelpRequested, isUsageError, UsageError, version, type CliIO } from './io';

function usage(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return (
    commands.map((c, i) => `${i ? '       ' : 'Usage: '}news-lens ${c.synopsis}`).join('\n') +
    '\n       news-lens --help | --version\n\nCommands:\n' +
    commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n') +
    '\n\nRun `news-lens COMMAND --help` for its options.\n'
  );
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  forgetNamesLists();
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help') {
    io.stdout.write(usage(COMMANDS));
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout.write(`news-lens ${version()}\n`);
    return 0;
  }
  if (first === undefined) {
    io.stderr.write(usage(COMMANDS));
    return 2;
  }
  const command = COMMANDS.find((c) => c.name === first);
  try {
    if (!command) throw new UsageError(first.startsWith('-') ? `unknown option "${first}" before the command` : `unknown command "${first}"`);
    return await command.run(rest, io);
  } catch (err) {
    if (isHelpRequested(err)) {
      io.stdout.write(err.usage);
      return 0;
    }
    if (!isUsageError(err)) throw err;
    io.stderr.write(`news-lens: ${err.message}\n${HINT}`);
    return 2;
  }
}

/** Entry point used by bin/news-lens.js. */
export function run(): void {
  // `news-lens annotate dir | head` closes stdout early: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`news-lens: internal error: ${(err as Error)?.stack ?? err}\n`);
      process.exitCode = 1;
    },
  );
}
