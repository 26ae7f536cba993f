// Quick fixes and fix-all in the real host: each fix gives the expected text in one undo step; source.fixAll honours `only` and runs on save.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMPLETE, NO_TIMELINE, withEntries } from './editorTexts';
import {
  activateExtension,
  applyAction,
  closeAllEditors,
  codeActions,
  diagnosticsOf,
  findAction,
  linesOf,
  openNew,
  ours,
  ruleOf,
  waitForDiagnostics,
  withSetting,
} from './helpers';

const UNSORTED = withEntries([
  '- **09:10 UTC** - On-call engineer paged.',
  '- **09:00** - Alert fired on the payments error rate.',
  '- **09:40 UTC** - Migration rolled back; service restored.',
]);
const FIXED_ENTRIES = [
  '- **09:00 UTC** - Alert fired on the payments error rate.',
  '- **09:10 UTC** - On-call engineer paged.',
  '- **09:40 UTC** - Migration rolled back; service restored.',
];

describe('editor: quick fixes and fix all', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('inserts a missing section between its neighbours, undone in one step', async () => {
    const editor = await openNew(NO_TIMELINE);
    const [d] = await diagnosticsOf(editor.document.uri, 'PM001', /Timeline/);
    await applyAction(editor.document.uri, d!.range, (a) => a.isPreferred === true && /Timeline/.test(a.title));
    const lines = linesOf(editor.document);
    const at = lines.indexOf('## Timeline');
    assert.ok(
      at > lines.indexOf('## Issue Summary') && at < lines.indexOf('## Root cause and resolution'),
      lines.join('\n'),
    );
    assert.strictEqual(lines[at - 1], '');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), NO_TIMELINE);
  });

  it('adds the time zone the other entries use', async () => {
    const editor = await openNew(UNSORTED);
    const [d] = await diagnosticsOf(editor.document.uri, 'PM003');
    await applyAction(
      editor.document.uri,
      d!.range,
      (a) => a.isPreferred === true && /Add time zone UTC/.test(a.title),
    );
    assert.strictEqual(editor.document.lineAt(9).text, '- **09:00 UTC** - Alert fired on the payments error rate.');
    await waitForDiagnostics(editor.document.uri, (ds) => !ours(ds).some((x) => ruleOf(x) === 'PM003'));
  });

  it('sorts the timeline, keeping each entry whole, in one undo step', async () => {
    const editor = await openNew(UNSORTED);
    const [d] = await diagnosticsOf(editor.document.uri, 'PM013');
    await applyAction(
      editor.document.uri,
      d!.range,
      (a) => a.isPreferred === true && /Sort the timeline/.test(a.title),
    );
    assert.deepStrictEqual(linesOf(editor.document).slice(8, 11), [
      FIXED_ENTRIES[0]!.replace(' UTC', ''),
      FIXED_ENTRIES[1],
      FIXED_ENTRIES[2],
    ]);
    await waitForDiagnostics(editor.document.uri, (ds) => !ours(ds).some((x) => ruleOf(x) === 'PM013'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), UNSORTED);
  });

  it('replaces placeholders: a snippet tab stop by its text, TBD by what the user types', async () => {
    const text = COMPLETE.replace('locked the orders table', 'locked the TBD table behind ${1:Nginx}');
    const editor = await openNew(text);
    const uri = editor.document.uri;
    const found = await diagnosticsOf(uri, 'PM019');
    const snippet = found.find((d) => d.message.includes('${1:Nginx}'))!;
    await applyAction(uri, snippet.range, (a) => a.isPreferred === true && /Nginx/.test(a.title));
    assert.match(editor.document.lineAt(14).text, /behind Nginx\./);
    const tbd = (await diagnosticsOf(uri, 'PM019', /TBD/))[0]!;
    const { action: replace, offered } = await findAction(
      uri,
      tbd.range,
      (a) => /^Replace placeholder "TBD"/.test(a.title),
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(replace?.command, JSON.stringify(offered));
    const ok = await vscode.commands.executeCommand(
      replace.command.command,
      ...((replace.command.arguments ?? []) as unknown[]),
      'orders',
    );
    assert.strictEqual(ok, true);
    assert.match(editor.document.lineAt(14).text, /locked the orders table behind Nginx\./);
    await waitForDiagnostics(uri, (ds) => !ours(ds).some((x) => ruleOf(x) === 'PM019'));
  });

  it('source.fixAll.postmortem is offered only when asked for, and fixes everything at once', async () => {
    const editor = await openNew(UNSORTED);
    const uri = editor.document.uri;
    await diagnosticsOf(uri, 'PM013');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const { action: sort } = await findAction(
      uri,
      new vscode.Range(9, 4, 9, 9),
      (a) => /Sort the timeline/.test(a.title),
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(sort);
    const quick = await codeActions(uri, new vscode.Range(9, 4, 9, 9), vscode.CodeActionKind.QuickFix.value);
    assert.ok(!quick.some((a) => a.kind?.value === 'source.fixAll.postmortem'));
    const refactor = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      whole,
      'refactor',
    );
    assert.ok(!(refactor ?? []).some((a) => a.kind?.value.startsWith('source.fixAll')));
    await applyAction(uri, whole, (a) => a.kind?.value === 'source.fixAll.postmortem', 'source.fixAll');
    assert.deepStrictEqual(linesOf(editor.document).slice(8, 11), FIXED_ENTRIES);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), UNSORTED);
  });

  it('"Postmortem: Fix All Problems" fixes the document in one undo step', async () => {
    const editor = await openNew(UNSORTED);
    await diagnosticsOf(editor.document.uri, 'PM013');
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.fixAll'), true);
    assert.deepStrictEqual(linesOf(editor.document).slice(8, 11), FIXED_ENTRIES);
    await waitForDiagnostics(
      editor.document.uri,
      (ds) => !ours(ds).some((x) => ['PM003', 'PM013'].includes(ruleOf(x))),
    );
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), UNSORTED);
  });

  it('runs from editor.codeActionsOnSave', async () => {
    await withSetting(
      'editor',
      'codeActionsOnSave',
      { 'source.fixAll.postmortem': 'explicit' },
      async () => {
        const editor = await openNew(UNSORTED);
        await diagnosticsOf(editor.document.uri, 'PM013');
        await editor.edit((b) => b.insert(new vscode.Position(14, 0), 'Really. '));
        // Save as a person would (the save command acts on the active editor: make sure it is this one).
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        await vscode.commands.executeCommand('workbench.action.files.save');
        assert.deepStrictEqual(linesOf(editor.document).slice(8, 11), FIXED_ENTRIES);
        assert.strictEqual(editor.document.isDirty, false);
      },
      'markdown',
    );
  });
});
