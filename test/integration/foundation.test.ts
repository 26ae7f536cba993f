// The vertical slice in a real extension host: activation, a genuine diagnostic, and its absence elsewhere.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { TestHooks } from '../../src/extension/testHooks';
import { activateExtension, closeAllEditors, openFixture, ours, ruleOf, waitForDiagnostics } from './helpers';

describe('foundation: Postmortem Writer in a real VS Code host', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('runs inside VS Code 1.100 and contributes its commands', async () => {
    assert.match(vscode.version, /^1\.100\./);
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['postmortem.checkDocument', 'postmortem.insertTimelineEntry', 'postmortem.openPreview']) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });

  it('has its test hooks here, where VS Code runs the extension in ExtensionMode.Test (the installed .vsix has none: e2e)', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of Object.values(TestHooks)) assert.ok(commands.includes(id), `${id} is not registered`);
    assert.deepStrictEqual(
      commands.filter((c) => c.startsWith('postmortem._')).sort(),
      Object.values(TestHooks).sort(),
    );
  });

  it('reports the missing Timeline section of an assignment postmortem in the Problems panel', async () => {
    const editor = await openFixture('postmortem-missing-timeline.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) =>
      ours(d).some((x) => ruleOf(x) === 'PM001'),
    );
    const missing = ours(diagnostics).filter((d) => ruleOf(d) === 'PM001');
    assert.ok(
      missing.some((d) => /Timeline/.test(d.message)),
      JSON.stringify(missing.map((d) => d.message)),
    );
  });

  it('leaves ordinary Markdown files alone', async () => {
    const editor = await openFixture('notes.md');
    // A postmortem opened after it gets its diagnostics, so by then notes.md has been considered and skipped.
    const other = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# Postmortem\n\n## Issue Summary\n\nTBD\n',
    });
    await vscode.window.showTextDocument(other);
    await waitForDiagnostics(other.uri, (d) => ours(d).length > 0);
    assert.deepStrictEqual(ours(vscode.languages.getDiagnostics(editor.document.uri)), []);
  });
});
