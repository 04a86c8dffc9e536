// Every subcommand, in the order `news-lens --help` lists them. Register a new one by adding it here.
import { annotate } from './annotate';
import type { Command } from './command';

export const COMMANDS: Command[] = [annotate];
