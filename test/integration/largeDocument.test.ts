// A 1 MB postmortem: typing never waits on a lint (checked on save instead, and the status bar says so); a small one is checked as you type.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  ours,
  openNew,
  tooltipText,
  waitForDiagnostics,
  waitForEvent,
  type Api,
} from './helpers';

interface LargeApi extends Api {
  diagnostics: { isScheduled(uri: vscode.Uri): boolean };
  models: { lastLintMs(d: vscode.TextDocument): number | undefined; checksOnSaveOnly(d: vscode.TextDocument): boolean };
}

/** The assignment sample repeated until it holds `bytes` characters. */
async function grown(bytes: number): Promise<string> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const sample = new TextDecoder().decode(
    await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'postmortem-missing-timeline.md')),
  );
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const chunk = sample.replace(/^# /m, `# Incident ${i}: `);
    parts.push(chunk);
    n += chunk.length + 1;
  }
  return parts.join('\n');
}

/** Inserts text at the start of a line; resolves with whether a diagnostics check was scheduled when the change arrived. */
async function typeAt(editor: vscode.TextEditor, api: LargeApi, line: number, text: string): Promise<boolean> {
  let scheduled: boolean | undefined;
  const seen = waitForEvent(
    vscode.workspace.onDidChangeTextDocument,
    (e) => {
      if (e.document !== editor.document) return false;
      scheduled = api.diagnostics.isScheduled(editor.document.uri);
      return true;
    },
    'the change event',
  );
  await editor.edit((b) => b.insert(new vscode.Position(line, 0), text));
  await seen;
  return scheduled!;
}

describe('large documents', () => {
  let api: LargeApi;
  before(async () => {
    api = (await activateExtension()) as LargeApi;
  });
  afterEach(closeAllEditors);

  it('checks a small postmortem as you type', async () => {
    const editor = await openNew(await grown(4 * 1024));
    await waitForDiagnostics(editor.document.uri, (d) => ours(d).length > 0);
    assert.strictEqual(api.models.checksOnSaveOnly(editor.document), false);
    assert.strictEqual(await typeAt(editor, api, 4, 'TBD '), true, 'typing did not schedule a check');
  });

  it('checks a 1 MB postmortem on save, not per keystroke, and says so in the status bar', async () => {
    const editor = await openNew(await grown(1024 * 1024));
    await waitForDiagnostics(editor.document.uri, (d) => ours(d).length > 0, 60000);
    const ms = api.models.lastLintMs(editor.document)!;
    assert.ok(ms > 50, `linting 1 MB took only ${ms.toFixed(0)} ms here: the budget would not apply`);
    assert.strictEqual(api.models.checksOnSaveOnly(editor.document), true);
    const bar = api.statusBar!;
    const stale = waitForEvent(
      bar.onDidUpdate!,
      () => bar.item.text.endsWith(' · checked on save'),
      'the status bar to say "checked on save"',
    );
    assert.strictEqual(await typeAt(editor, api, 4, 'TBD '), false, 'typing scheduled a lint of the 1 MB document');
    await stale;
    assert.match(tooltipText(bar.item.tooltip), /a check takes \d+ ms, so it is checked when you save/);
    const line = editor.document.lineAt(4).text;
    assert.ok(line.startsWith('TBD '), line);
    await editor.document.save();
    await waitForDiagnostics(
      editor.document.uri,
      (d) => ours(d).some((x) => x.range.start.line === 4 && /TBD/.test(x.message)),
      60000,
    );
  });
});
