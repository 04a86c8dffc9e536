// `news-lens agreement`: how far the machine agrees with a person's final annotations (the article with its
// corrections applied), for the articles that have corrections: precision, recall and F1 per kind,
// speaker accuracy and date value accuracy, per article and overall (summed counts, micro-averaged).
import { analyze } from '../engine/analyze';
import { addAgreement, agreementJson, agreementOf, agreementText, EMPTY_AGREEMENT, type Agreement } from '../engine/corrections/agreement';
import type { Command } from './command';
import { loadCorrections } from './corrections';
import { analysisName } from './export';
import { expandPaths, loadArticle } from './files';
import { parseOptions, problemReporter, publishedOption, UsageError, type CliIO } from './io';

const USAGE = `Usage: news-lens agreement [--format text|json] [--published YYYY-MM-DD] PATH...

Compare the machine's annotations with a person's final ones (machine output with the corrections
file applied) for every article under PATH that has a corrections file:
  quotes, people, organizations, places, dates: precision, recall, F1 (exact spans; names also by type)
  speakers: share of quotes found by both whose speaker is the same person or words
  date values: share of dates found by both with the same value
Per article and overall (counts summed over articles).

Exit status: 0 figures printed, 1 no article with corrections or some file could not be read, 2 usage error.
`;

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    published: { type: 'string' },
  }, USAGE);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")`);
  const published = publishedOption(values.published);
  if (positionals.length === 0) throw new UsageError('agreement needs at least one file or folder');
  const problems = problemReporter(io);
  const report = problems.report;
  const { files } = await expandPaths(positionals, report);
  const articles: Array<{ file: string; records: number; agreement: Agreement }> = [];
  for (const file of files) {
    const corr = await loadCorrections(file);
    for (const e of corr.errors) report(file, e);
    if (!corr.input?.records.length) continue;
    const loaded = await loadArticle(file);
    if ('error' in loaded) {
      report(file, loaded.error);
      continue;
    }
    const opts = { fileName: analysisName(file), published };
    const machine = analyze(loaded.text, opts);
    const human = analyze(loaded.text, { ...opts, corrections: corr.input });
    for (const u of human.corrections?.unplaced ?? []) io.stderr.write(`news-lens: ${file}: ${u.reason}\n`);
    articles.push({ file, records: corr.input.records.length, agreement: agreementOf(machine, human) });
  }
  if (articles.length === 0) {
    io.stderr.write('news-lens: no article with a corrections file (ARTICLE.lens.json) among these paths\n');
    return 1;
  }
  const overall = articles.reduce((acc, a) => addAgreement(acc, a.agreement), EMPTY_AGREEMENT);
  if (format === 'json') {
    io.stdout.write(
      JSON.stringify(
        { articles: articles.map((a) => ({ file: a.file, records: a.records, ...agreementJson(a.agreement) })), overall: { articles: articles.length, ...agreementJson(overall) } },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const a of articles) io.stdout.write(agreementText(a.file, a.agreement, a.records) + '\n');
    io.stdout.write(agreementText(`Overall, ${articles.length} article${articles.length === 1 ? '' : 's'}`, overall));
  }
  return problems.failed ? 1 : 0;
}

export const agreement: Command = {
  name: 'agreement',
  synopsis: 'agreement [--format text|json] PATH...',
  summary: 'precision, recall and F1 of the machine against the corrected annotations',
  usage: USAGE,
  run,
};
