// The workspace index in the status bar: "indexing 3,200 / 20,000" while the server indexes, then
// "N articles · M speakers"; clicking it rebuilds the index (the "News Lens: Rebuild Index" command).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IndexStatusNotification, RebuildIndexRequest, type IndexStatusParams } from '../../server/src/protocol';

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

/** The status bar text for a status notification. */
function indexStatusText(s: IndexStatusParams): string {
  if (!s.done) return `$(sync~spin) indexing ${count(s.indexed)} / ${count(s.total)}`;
  return `$(quote) ${plural(s.articles, 'article')} · ${plural(s.speakers, 'speaker')}`;
}

export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.index', vscode.StatusBarAlignment.Left, 10);
  private last: IndexStatusParams | undefined;

  constructor() {
    this.item.name = 'News Lens Index';
    this.item.command = 'newsLens.rebuildIndex';
  }

  /** Follows a (new) client's notifications; the item stays hidden until the first one. */
  attach(client: LanguageClient): void {
    client.onNotification(IndexStatusNotification, (s: IndexStatusParams) => this.show(s));
  }

  show(s: IndexStatusParams): void {
    this.last = s;
    this.item.text = indexStatusText(s);
    const skipped = s.skipped ? `, ${plural(s.skipped, 'file')} skipped` : '';
    this.item.tooltip = s.done
      ? `News Lens index: ${plural(s.articles, 'article')}, ${plural(s.speakers, 'speaker')} quoted; ${count(s.analysed)} analysed in this pass, the rest from the cache${skipped}. Click to rebuild.`
      : `News Lens is indexing the workspace (${count(s.analysed)} analysed so far, the rest from the cache${skipped}).`;
    this.item.show();
  }

  /** The last status shown (the end-to-end tests wait on it). */
  status(): IndexStatusParams | undefined {
    return this.last;
  }

  /** Forgets the cache on disk and indexes every article again; resolves when the server has finished. */
  async rebuild(client: LanguageClient | undefined): Promise<boolean> {
    if (!client) {
      void vscode.window.showErrorMessage('News Lens: the server is not running.');
      return false;
    }
    this.item.text = '$(sync~spin) rebuilding the index';
    await client.sendRequest(RebuildIndexRequest);
    return true;
  }

  dispose(): void {
    this.item.dispose();
  }
}
