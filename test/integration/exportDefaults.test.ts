// Export HTML's save dialog starts in the right place: beside a saved postmortem, and for an untitled one in the
// workspace folder with a name from its title (never the extension's install folder, never without a name).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { defaultExportUri } from '../../src/extension/preview/export';
import { activateExtension, closeAllEditors, openNew, workspaceUri } from './helpers';

describe('Export HTML defaults', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('an untitled postmortem: the workspace folder and a file name from its title', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# Postmortem: Login outage (EU)\n\n## Timeline\n',
    });
    await vscode.window.showTextDocument(doc);
    const uri = defaultExportUri(doc, 'Postmortem: Login outage (EU)');
    assert.strictEqual(uri?.toString(), workspaceUri('postmortem-login-outage-eu.html').toString());
  });

  it('an untitled postmortem without a title: its own name', async () => {
    const doc = await vscode.workspace.openTextDocument(
      vscode.Uri.from({ scheme: 'untitled', path: 'postmortem-2026-11-27.md' }),
    );
    const uri = defaultExportUri(doc, undefined);
    assert.strictEqual(uri?.toString(), workspaceUri('postmortem-2026-11-27.html').toString());
  });

  it('a saved postmortem: beside it, with its name', async () => {
    const editor = await openNew('# Postmortem: x\n');
    const uri = defaultExportUri(editor.document, 'Postmortem: x');
    assert.strictEqual(uri?.toString(), editor.document.uri.toString().replace(/\.md$/, '.html'));
  });
});
