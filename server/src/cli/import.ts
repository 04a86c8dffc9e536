// `news-lens import --format brat DIR`: a folder of brat annotations (NAME.txt + NAME.ann, as written by
// export or edited in brat / INCEpTION) turned into corrections files beside each NAME.txt.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../engine/analyze';
import { author, readCorrections, updateCorrections, correctionsPathFor, formatStoreError } from '../corrections/store';
import { parseBrat } from './brat';
import { bratToRecords } from './bratImport';
import type { Command } from './command';
import { analysisName } from './export';
import { loadArticle } from './files';
import { fsReason, parseOptions, publishedOption, UsageError, type CliIO } from './io';

const USAGE = `Usage: news-lens import --format brat [options] DIR

Read brat annotations (NAME.txt + NAME.ann) in DIR and write NAME.txt.lens.json beside each
NAME.txt: every difference from the machine's annotations becomes a correction; annotations
whose Origin attribute is "human" and that the machine agrees with become confirmations.
An existing corrections file for NAME.txt is replaced (refused if it cannot be read).

Options:
  --format brat            the only format read so far (required)
  --published YYYY-MM-DD   publication date, as for annotate and export
  -h, --help               show this help

Exit status: 0 all imported, 1 some file could not be read or written, 2 usage error.
`;

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    published: { type: 'string' },
  }, USAGE);
  if (values.format !== 'brat') throw new UsageError(values.format ? `--format must be brat (got "${values.format}")` : 'import needs --format brat');
  const published = publishedOption(values.published);
  if (positionals.length !== 1) throw new UsageError('import needs exactly one folder');
  const dir = positionals[0];
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.ann')).sort();
  } catch (err) {
    io.stderr.write(`news-lens: ${dir}: ${fsReason(err)}\n`);
    return 1;
  }
  if (names.length === 0) {
    io.stderr.write(`news-lens: ${dir}: no .ann files in this folder\n`);
    return 1;
  }
  const by = await author(dir);
  const at = new Date().toISOString();
  let failed = false;
  for (const annName of names) {
    const txt = path.join(dir, annName.slice(0, -4) + '.txt');
    const annPath = path.join(dir, annName);
    const loaded = await loadArticle(txt);
    if ('error' in loaded) {
      io.stderr.write(`news-lens: ${txt}: ${loaded.error}\n`);
      failed = true;
      continue;
    }
    const annFile = await loadArticle(annPath);
    if ('error' in annFile) {
      io.stderr.write(`news-lens: ${annPath}: ${annFile.error}\n`);
      failed = true;
      continue;
    }
    const machine = analyze(loaded.text, { fileName: analysisName(txt), published });
    const { records, problems } = bratToRecords(loaded.text, machine, parseBrat(annFile.text), by, at);
    for (const p of problems) io.stderr.write(`news-lens: ${annPath}: ${p}\n`);
    if (problems.length) failed = true;
    const current = await readCorrections(txt);
    if ('error' in current) {
      io.stderr.write(`news-lens: ${formatStoreError(current.error)} (not replaced)\n`);
      failed = true;
      continue;
    }
    try {
      await updateCorrections(txt, { remove: (current.file?.records ?? []).map((r) => r.id), upsert: records });
    } catch (err) {
      io.stderr.write(`news-lens: ${(err as Error).message}\n`);
      failed = true;
      continue;
    }
    const count = (k: string) => records.filter((r) => r.target.kind === k).length;
    io.stdout.write(`${txt}: ${records.length} records (${count('quote')} quotes, ${count('mention')} names, ${count('date')} dates)${records.length ? ` → ${correctionsPathFor(txt)}` : ''}\n`);
  }
  return failed ? 1 : 0;
}

export const importCommand: Command = {
  name: 'import',
  synopsis: 'import --format brat DIR',
  summary: 'brat / INCEpTION annotations back into corrections files',
  usage: USAGE,
  run,
};
