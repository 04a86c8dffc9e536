// VS Code side of corrections: the palette commands (Confirm Article, Undo Last Correction, Show Agreement)
// call the server's commands with the active article, and the code actions that need typing (Set speaker…,
// Set role…, Set value…) ask here, then send the decision to the server's newsLens.correct.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  AgreementCommand,
  ConfirmArticleCommand,
  CorrectCommand,
  SetDateValueInputCommand,
  SetRoleInputCommand,
  SetSpeakerInputCommand,
  UndoCorrectionCommand,
  type AgreementResult,
  type CorrectArguments,
  type CorrectResult,
  type InputCommandArguments,
} from '../../server/src/protocol';

export function registerCorrectionCommands(client: () => LanguageClient | undefined): vscode.Disposable[] {
  let agreementOutput: vscode.OutputChannel | undefined;
  const run = async <T extends CorrectResult>(command: string, args: unknown[]): Promise<T | undefined> => {
    const c = client();
    if (!c) {
      void vscode.window.showErrorMessage('News Lens: the server is not running.');
      return undefined;
    }
    const r = (await c.sendRequest('workspace/executeCommand', { command, arguments: args })) as T | undefined;
    // Failures were shown by the server (showMessage); successes go to the status bar.
    if (r?.ok) vscode.window.setStatusBarMessage(r.message, 5000);
    return r;
  };
  const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();
  const correct = (a: InputCommandArguments, label: string, decision: Record<string, unknown> & { action: string }) =>
    run<CorrectResult>(CorrectCommand, [{ uri: a.uri, version: a.version, label, decisions: [{ kind: a.kind, start: a.start, end: a.end, decision }] } satisfies CorrectArguments]);

  return [
    vscode.commands.registerCommand('newsLens.confirmArticle', (uri?: string) => {
      const u = typeof uri === 'string' ? uri : activeUri();
      return u ? run(ConfirmArticleCommand, [{ uri: u }]) : undefined;
    }),
    vscode.commands.registerCommand('newsLens.undoCorrection', () => run(UndoCorrectionCommand, [{}])),
    vscode.commands.registerCommand('newsLens.showAgreement', async (uri?: string) => {
      const u = typeof uri === 'string' ? uri : activeUri();
      const r = await run<AgreementResult>(AgreementCommand, [u ? { uri: u } : {}]);
      if (r?.ok && r.text) {
        agreementOutput ??= vscode.window.createOutputChannel('News Lens Agreement');
        agreementOutput.replace(r.text);
        agreementOutput.show(true);
      } else if (r && !r.ok) void vscode.window.showInformationMessage(r.message);
      return r;
    }),
    vscode.commands.registerCommand(SetSpeakerInputCommand, async (a: InputCommandArguments, answer?: string) => {
      let name = answer;
      if (name === undefined) {
        const items: vscode.QuickPickItem[] = (a.choices ?? []).map((label) => ({ label }));
        const pick = vscode.window.createQuickPick();
        pick.title = 'Set speaker';
        pick.placeholder = 'Pick a person or organization, or type a speaker (e.g. “a senior official”)';
        pick.items = items;
        // Free text: what is typed becomes the first item when it names no entity.
        pick.onDidChangeValue((v) => {
          const typed = v.trim();
          pick.items = typed && !items.some((i) => i.label === typed) ? [{ label: typed, description: 'free text' }, ...items] : items;
        });
        name = await new Promise<string | undefined>((resolve) => {
          pick.onDidAccept(() => resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() || undefined)));
          pick.onDidHide(() => resolve(undefined));
          pick.show();
        });
        pick.dispose();
      }
      if (!name?.trim()) return undefined;
      return correct(a, `Set speaker: ${name.trim()}`, { action: 'set-speaker', speaker: { name: name.trim() } });
    }),
    vscode.commands.registerCommand(SetRoleInputCommand, async (a: InputCommandArguments, answer?: string) => {
      const value = answer ?? (await vscode.window.showInputBox({ title: 'Set role', prompt: 'Roles separated by “;” (empty: no role)', value: a.current ?? '' }));
      if (value === undefined) return undefined;
      const roles = value.split(';').map((r) => r.trim()).filter(Boolean);
      return correct(a, roles.length ? `Set role: ${roles.join('; ')}` : 'Remove roles', { action: 'set-roles', roles });
    }),
    vscode.commands.registerCommand(SetDateValueInputCommand, async (a: InputCommandArguments, answer?: string) => {
      const value = answer ?? (await vscode.window.showInputBox({
        title: 'Set date value',
        prompt: 'A TimeML value: 2024-03-18, 2024-W12, 2024-03, P3D, PRESENT_REF … (the server checks it)',
        value: a.current ?? '',
      }));
      if (value === undefined) return undefined;
      return correct(a, `Set value: ${value.trim()}`, { action: 'set-value', value: value.trim() || null });
    }),
  ];
}
