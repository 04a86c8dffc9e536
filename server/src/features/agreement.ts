// "News Lens: Show Agreement": the figures `news-lens agreement` prints (the engine's agreementReport), for open
// articles that have corrections: the machine's analysis without them against the corrected one.
import path from 'node:path';
import { addAgreement, agreementJson, agreementOf, agreementText, EMPTY_AGREEMENT, type Agreement } from '../engine/corrections';
import type { Analysis } from '../engine/types';
import type { AgreementResult } from '../protocol';
import type { DocModel } from '../workspace/model';

export interface AgreementHost {
  model(uri: string): Promise<DocModel | null>;
  filePath(uri: string): string | null;
  /** The machine's analysis of the text, without corrections. */
  machine(uri: string, text: string, fileName: string): Promise<Analysis>;
  /** Workspace folders, to name articles relative to them. */
  folders(): string[];
}

export async function runAgreement(host: AgreementHost, uris: string[]): Promise<AgreementResult> {
  const articles: { file: string; records: number; agreement: Agreement }[] = [];
  for (const uri of uris) {
    const model = await host.model(uri);
    const records = model?.analysis.corrections ? model.analysis.corrections.placed.length + model.analysis.corrections.unplaced.length : 0;
    if (!model || !records) continue;
    const p = host.filePath(uri) ?? uri;
    const machine = await host.machine(uri, model.text, p);
    const folder = host.folders().find((f) => !path.relative(f, p).startsWith('..'));
    articles.push({ file: folder ? path.relative(folder, p) : p, records, agreement: agreementOf(machine, model.analysis) });
  }
  if (!articles.length) {
    return { ok: false, message: 'News Lens: no open article has corrections yet (agreement compares the machine with your corrections).' };
  }
  // The document and text `news-lens agreement` prints (the LSP tests compare the two).
  const overall = articles.reduce((acc, a) => addAgreement(acc, a.agreement), EMPTY_AGREEMENT);
  const json = {
    articles: articles.map((a) => ({ file: a.file, records: a.records, ...agreementJson(a.agreement) })),
    overall: { articles: articles.length, ...agreementJson(overall) },
  };
  let text = '';
  for (const a of articles) text += agreementText(a.file, a.agreement, a.records) + '\n';
  text += agreementText(`Overall, ${articles.length} article${articles.length === 1 ? '' : 's'}`, overall);
  return { ok: true, message: `News Lens: agreement for ${articles.length} article${articles.length === 1 ? '' : 's'}`, json, text };
}
