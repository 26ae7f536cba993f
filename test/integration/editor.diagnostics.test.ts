// Live diagnostics in the real host: which documents, run modes, per-rule settings, links, closing, stale results.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMPLETE, NO_TIMELINE } from './editorTexts';
import {
  activateExtension,
  applyAction,
  closeAllEditors,
  diagnosticsOf,
  findAction,
  openNew,
  ours,
  ruleOf,
  waitForDiagnostics,
  waitForEvent,
  withSetting,
  type Api,
} from './helpers';

const missingTimeline = (ds: readonly vscode.Diagnostic[]): boolean =>
  ours(ds).some((d) => ruleOf(d) === 'PM001' && /Timeline/.test(d.message));

describe('editor: live diagnostics', () => {
  let api: Api;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  it('reports a missing section with source, rule code and doc link, and clears it once the quick fix is applied', async () => {
    const editor = await openNew(NO_TIMELINE);
    const uri = editor.document.uri;
    const [d] = await diagnosticsOf(uri, 'PM001', /Timeline/);
    assert.strictEqual(d!.source, 'postmortem');
    // The id shows once, as the code (the Problems panel prints "postmortem(PM001)"), not again in the message.
    assert.match(d!.message, /^Missing required section "Timeline"/);
    assert.doesNotMatch(d!.message, /PM001|required-sections/);
    assert.strictEqual(d!.severity, vscode.DiagnosticSeverity.Error);
    const code = d!.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, 'PM001');
    await applyAction(uri, d!.range, (a) => a.isPreferred === true && /Timeline/.test(a.title));
    await waitForDiagnostics(uri, (ds) => !missingTimeline(ds));
  });

  it('links the code to the rule page, which opens rendered in the Markdown preview, not as an editable file', async () => {
    const editor = await openNew(NO_TIMELINE);
    const [d] = await diagnosticsOf(editor.document.uri, 'PM001', /Timeline/);
    const target = (d!.code as { target: vscode.Uri }).target;
    assert.strictEqual(target.scheme, 'command');
    const [command, args] = [target.path, JSON.parse(decodeURIComponent(target.query)) as unknown[]];
    const opened = waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      (e) =>
        e.opened.some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)),
      'the Markdown preview of the rule page',
    );
    await vscode.commands.executeCommand(command, ...args);
    await opened;
    const texts = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputText && /docs\/rules\/PM001\.md$/.test(t.input.uri.path));
    assert.deepStrictEqual(
      texts.map((t) => t.label),
      [],
      'the rule page must not open as a text editor',
    );
  });

  it('offers "more information" for every diagnostic, opening the rule page', async () => {
    const editor = await openNew(NO_TIMELINE);
    const [d] = await diagnosticsOf(editor.document.uri, 'PM001', /Timeline/);
    const { action: more, offered } = await findAction(
      editor.document.uri,
      d!.range,
      (a) => /^More information about PM001/.test(a.title),
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(more?.command, JSON.stringify(offered));
    // The page ships inside the extension (offline) and opens rendered in VS Code's Markdown preview.
    assert.strictEqual(more.command.command, 'markdown.showPreview');
    const page = more.command.arguments?.[0] as vscode.Uri;
    assert.match(page.toString(), /docs\/rules\/PM001\.md$/);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
    assert.match(text, /required-sections/);
  });

  it('leaves ordinary Markdown alone until "Check This Document" opts it in', async () => {
    // A copy of notes.md: opting it in lasts for the session, and other suites expect notes.md left alone.
    const editor = await openNew(
      '# Meeting notes\n\nNothing here is a postmortem.\n\n## Agenda\n\n- Budget\n',
      `notes-${Date.now()}.md`,
    );
    const other = await openNew(NO_TIMELINE);
    await diagnosticsOf(other.document.uri, 'PM001');
    assert.deepStrictEqual(ours(vscode.languages.getDiagnostics(editor.document.uri)), []);
    await vscode.window.showTextDocument(editor.document);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.checkDocument'), true);
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length > 0);
  });

  it('recognises a postmortem by its first heading whatever the file name', async () => {
    const editor = await openNew(NO_TIMELINE, 'db-outage.md');
    await diagnosticsOf(editor.document.uri, 'PM001', /Timeline/);
  });

  it('re-checks as you type (debounced) and publishes the newest version only', async () => {
    const editor = await openNew(NO_TIMELINE);
    const uri = editor.document.uri;
    await diagnosticsOf(uri, 'PM001', /Timeline/);
    // Three quick edits; only the last text counts: Timeline present.
    await editor.edit((b) => b.insert(new vscode.Position(6, 0), '## Timeline\n\n- **09:00 UTC** - Alert.\n\n'));
    await editor.edit((b) => b.replace(new vscode.Range(6, 0, 6, 11), '## Notes'));
    await editor.edit((b) => b.replace(new vscode.Range(6, 0, 6, 8), '## Timeline'));
    assert.ok(api.diagnostics && (api.diagnostics as { isScheduled(u: vscode.Uri): boolean }).isScheduled(uri));
    await waitForDiagnostics(
      uri,
      (ds) => !missingTimeline(ds) && !(api.diagnostics as { isScheduled(u: vscode.Uri): boolean }).isScheduled(uri),
    );
    assert.ok(!missingTimeline(vscode.languages.getDiagnostics(uri)));
  });

  it('postmortem.run = onSave: typing does not re-check, saving does', async () => {
    await withSetting('postmortem', 'run', 'onSave', async () => {
      const editor = await openNew(NO_TIMELINE);
      const uri = editor.document.uri;
      await diagnosticsOf(uri, 'PM001', /Timeline/);
      await editor.edit((b) => b.insert(new vscode.Position(6, 0), '## Timeline\n\n- **09:00 UTC** - Alert.\n\n'));
      assert.strictEqual((api.diagnostics as { isScheduled(u: vscode.Uri): boolean }).isScheduled(uri), false);
      assert.ok(missingTimeline(vscode.languages.getDiagnostics(uri)), 'diagnostics changed before saving');
      await editor.document.save();
      await waitForDiagnostics(uri, (ds) => !missingTimeline(ds));
    });
  });

  it('postmortem.run = off clears the Problems panel; onType brings it back', async () => {
    const editor = await openNew(NO_TIMELINE);
    const uri = editor.document.uri;
    await diagnosticsOf(uri, 'PM001');
    await withSetting('postmortem', 'run', 'off', async () => {
      await waitForDiagnostics(uri, (ds) => ours(ds).length === 0);
    });
    await diagnosticsOf(uri, 'PM001');
  });

  it("postmortem.rules changes a rule's severity by id and turns it off by name", async () => {
    const editor = await openNew(NO_TIMELINE);
    const uri = editor.document.uri;
    await diagnosticsOf(uri, 'PM001');
    await withSetting('postmortem', 'rules', { PM001: 'information' }, async () => {
      await waitForDiagnostics(uri, (ds) =>
        ours(ds).some((d) => ruleOf(d) === 'PM001' && d.severity === vscode.DiagnosticSeverity.Information),
      );
    });
    await withSetting('postmortem', 'rules', { 'required-sections': 'off' }, async () => {
      await waitForDiagnostics(uri, (ds) => ours(ds).length > 0 && !ours(ds).some((d) => ruleOf(d) === 'PM001'));
    });
    await waitForDiagnostics(uri, (ds) =>
      ours(ds).some((d) => ruleOf(d) === 'PM001' && d.severity === vscode.DiagnosticSeverity.Error),
    );
  });

  it('postmortem.include decides which file names count', async () => {
    const editor = await openNew('# Notes\n\n## Issue Summary\n\nTBD\n', 'weekly-review.md');
    const uri = editor.document.uri;
    assert.deepStrictEqual(ours(vscode.languages.getDiagnostics(uri)), []);
    await withSetting('postmortem', 'include', ['**/*review*.md'], async () => {
      await waitForDiagnostics(uri, (ds) => ours(ds).length > 0);
    });
    await waitForDiagnostics(uri, (ds) => ours(ds).length === 0);
  });

  it('clears diagnostics when the document closes', async () => {
    const editor = await openNew(NO_TIMELINE);
    const uri = editor.document.uri;
    await diagnosticsOf(uri, 'PM001');
    const cleared = waitForDiagnostics(uri, (ds) => ours(ds).length === 0);
    await closeAllEditors();
    await cleared;
  });

  it('a complete postmortem only hears about its word count', async () => {
    const editor = await openNew(COMPLETE);
    const ds = await waitForDiagnostics(editor.document.uri, (d) => ours(d).length > 0);
    assert.deepStrictEqual(ours(ds).map(ruleOf), ['PM005']);
  });
});
