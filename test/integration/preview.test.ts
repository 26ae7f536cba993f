// The preview in a real VS Code host: its webview draws the flowchart, follows edits and editors; insert and export commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lint } from '../../src/core';
import { flowchartModel } from '../../src/core/flowchart';
import type { InsertResult } from '../../src/extension/preview/insert';
import { InternalCommands } from '../../src/extension/preview/register';
import { Commands } from '../../src/shared/ids';
import type { RenderReport } from '../../src/shared/protocol';
import { activateExtension, openFixture, workspaceUri } from './helpers';

const nodesOf = (text: string): number => flowchartModel(lint(text).document).nodes.length;
const waitForPreview = (document: vscode.TextDocument): Thenable<RenderReport> =>
  vscode.commands.executeCommand<RenderReport>(InternalCommands.waitForPreview, document.uri.toString(), document.version);

describe('preview: Postmortem Writer in a real VS Code host', () => {
  before(async () => {
    await activateExtension();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the editor and its webview draws one SVG node per flowchart node', async () => {
    const editor = await openFixture('preview-postmortem.md');
    const opened = await vscode.commands.executeCommand<{ uri: string; version: number }>(Commands.openPreviewToSide);
    assert.strictEqual(opened?.uri, editor.document.uri.toString());
    const report = await waitForPreview(editor.document);
    assert.deepStrictEqual(report.errors, []);
    assert.strictEqual(report.flowchartNodes, nodesOf(editor.document.getText()));
    assert.ok(report.flowchartNodes >= 10, `a real story, got ${report.flowchartNodes} nodes`);
    assert.strictEqual(report.svgCount, 1);
  });

  it('updates live when the timeline is edited', async () => {
    const editor = await openFixture('preview-postmortem.md');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('- **17:00 UTC**'));
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), '- **16:30 UTC** - Escalated to the CTO for a status update.\n'));
    const report = await waitForPreview(editor.document);
    assert.strictEqual(report.version, editor.document.version);
    assert.strictEqual(report.flowchartNodes, nodesOf(editor.document.getText()));
    await vscode.commands.executeCommand('undo');
    const back = await waitForPreview(editor.document);
    assert.strictEqual(back.flowchartNodes, nodesOf(editor.document.getText()));
  });

  it('follows the active postmortem editor', async () => {
    const editor = await openFixture('postmortem-missing-timeline.md');
    const report = await waitForPreview(editor.document);
    assert.strictEqual(report.uri, editor.document.uri.toString());
    assert.strictEqual(report.flowchartNodes, nodesOf(editor.document.getText()));
  });

  it('inserts the flowchart as a mermaid block between markers, idempotently, in one undo step', async () => {
    const editor = await openFixture('postmortem-missing-timeline.md');
    const original = editor.document.getText();
    const first = await vscode.commands.executeCommand<InsertResult>(Commands.insertFlowchart);
    assert.strictEqual(first?.action, 'inserted');
    const text = editor.document.getText();
    assert.strictEqual(text.split('<!-- postmortem:flowchart:start -->').length, 2);
    assert.match(text, /<!-- postmortem:flowchart:start -->\n## Flowchart\n\n```mermaid\nflowchart TD\n[\s\S]*```\n<!-- postmortem:flowchart:end -->/);
    const again = await vscode.commands.executeCommand<InsertResult>(Commands.insertFlowchart);
    assert.strictEqual(again?.action, 'unchanged');
    assert.strictEqual(editor.document.getText(), text);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  it('exports a self-contained HTML file with the diagrams as inline SVG', async () => {
    const editor = await openFixture('preview-postmortem.md');
    const target = workspaceUri('preview-postmortem.export.html');
    const written = await vscode.commands.executeCommand<vscode.Uri>(Commands.exportHtml, target);
    assert.strictEqual(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /<div class="pm-diagram pm-flowchart"><svg/);
    assert.strictEqual(html.match(/<svg[\s>]/g)?.length, 1);
    assert.doesNotMatch(html, /<script|<link /);
    assert.match(html, /<style>[\s\S]*\.pm-diagram/);
    assert.match(html, /Postmortem: 502 errors on the checkout API/);
    assert.strictEqual(editor.document.isDirty, false);
  });
});
