// Every subcommand, in the order `news-lens --help` lists them. Register a new one by adding it here.
import { annotate } from './annotate';
import type { Command } from './command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { agreement } from './agreement';
import { queue } from './queueCommand';

export const COMMANDS: Command[] = [annotate, exportCommand, importCommand, agreement, queue];
