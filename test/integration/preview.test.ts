// The preview in a real VS Code host: its webview draws the flowchart, follows edits and editors; insert and export commands.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { lint } from '../../src/core';
import { flowchartModel } from '../../src/core/index';
import type { InsertResult } from '../../src/extension/preview/insert';
import { InternalCommands } from '../../src/extension/preview/register';
import { storyOf } from '../../src/extension/preview/story';
import { Commands } from '../../src/shared/ids';
import type { RenderReport, ScrollReport, WebviewMessage } from '../../src/shared/protocol';
import { activateExtension, openFixture, openNew, waitForEvent, workspaceUri } from './helpers';

const nodesOf = (text: string): number => flowchartModel(lint(text).model).nodes.length;
/** The diagrams the preview generates for a text: the flowchart, and the time-scaled view once the core draws one. */
const generatedOf = (text: string): number => (storyOf(lint(text).model).gantt ? 2 : 1);
const waitForPreview = (document: vscode.TextDocument): Thenable<RenderReport> =>
  vscode.commands.executeCommand<RenderReport>(InternalCommands.waitForPreview, document.uri.toString(), document.version);
/** A 4×3 red PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mM4IScHRww4OQD1xwwx7+oCFgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const IMAGES_DOC = '# Postmortem: images\n\n![diagram](diagram.png)\n\n![nested](./img/x.png)\n\n![web](https://example.com/a.png)\n';

/** Writes a postmortem with relative images and the PNGs beside it; returns the document. */
async function writeImagesDoc(folder: vscode.Uri): Promise<vscode.TextDocument> {
  const write = (name: string, bytes: Uint8Array) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), bytes);
  await write('diagram.png', PNG);
  await write('img/x.png', PNG);
  await write('images-postmortem.md', new TextEncoder().encode(IMAGES_DOC));
  return vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'images-postmortem.md'));
}

/** The src of a relative image must be a webview resource URL of that file (not the relative path, not file:). */
function assertResourceUrl(src: string | undefined, file: vscode.Uri): void {
  assert.ok(src, 'no image was drawn');
  const url = new URL(src);
  assert.strictEqual(url.protocol, 'https:', src);
  assert.match(url.hostname, /vscode-resource|vscode-cdn/, src);
  assert.ok(decodeURIComponent(url.pathname).endsWith(file.path), `${src} is not ${file.path}`);
}

/** Shows a workspace file in the first column (the preview stays beside it). */
async function showFixture(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(name)), vscode.ViewColumn.One);
}

/** The tab group holding the preview panel. */
function previewGroup(): vscode.TabGroup {
  const group = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('postmortem.preview')));
  assert.ok(group, 'no tab group shows the preview');
  return group;
}

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
    assert.strictEqual(report.svgCount, generatedOf(editor.document.getText()));
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

  it('shows images beside the document through webview resource URLs (its workspace folder is a resource root)', async () => {
    const folder = workspaceUri('scratch', 'images');
    const document = await writeImagesDoc(folder);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand(Commands.openPreviewToSide);
    const report = await waitForPreview(document);
    assert.strictEqual(report.images.length, 3);
    assertResourceUrl(report.images[0], vscode.Uri.joinPath(folder, 'diagram.png'));
    assertResourceUrl(report.images[1], vscode.Uri.joinPath(folder, 'img', 'x.png'));
    assert.strictEqual(report.images[2], 'https://example.com/a.png');
  });

  it('a preview hidden while its document changes shows the latest version first when shown again', async function () {
    // Showing a hidden webview reloads it; code-server sometimes takes several seconds to load a webview.
    this.timeout(90000);
    const editor = await showFixture('preview-postmortem.md');
    await vscode.commands.executeCommand(Commands.openPreviewToSide);
    await waitForPreview(editor.document);
    // Hide the preview behind another editor in its own group, then edit the document.
    const group = previewGroup();
    assert.notStrictEqual(group.viewColumn, editor.viewColumn, 'the preview shares the editor\'s group');
    const notes = await vscode.workspace.openTextDocument(workspaceUri('notes.md'));
    await vscode.window.showTextDocument(notes, { viewColumn: group.viewColumn, preview: false });
    assert.ok(!previewGroup().tabs.find((t) => t.input instanceof vscode.TabInputWebview)?.isActive, 'the preview is still shown');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('- **17:00 UTC**'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(line, 0), '- **16:45 UTC** - Paged the database team while the preview was hidden.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const uri = editor.document.uri.toString();
      const loaded = Promise.resolve(vscode.commands.executeCommand<Extract<WebviewMessage, { type: 'ready' }>>(InternalCommands.nextPreviewLoad, 80000))
        .catch(() => undefined); // a webview that was kept while hidden does not reload
      const rendered = vscode.commands.executeCommand<RenderReport>(InternalCommands.nextPreviewRender, uri, 80000);
      // Closing the notes editor shows the preview again.
      await vscode.window.showTextDocument(notes, { viewColumn: group.viewColumn });
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      // The first render after showing is the latest version; and when the page reloaded (VS Code unloads a hidden
      // webview), it drew nothing stale from its creation-time HTML before asking for it.
      const first = await rendered;
      assert.strictEqual(first.version, editor.document.version, 'the first render after showing is the latest version');
      const ready = await Promise.race([loaded, Promise.resolve(undefined)]);
      assert.strictEqual(ready?.shown, undefined, `the reloaded preview drew its creation-time content first: ${JSON.stringify(ready?.shown)}`);
      assert.strictEqual(first.flowchartNodes, nodesOf(editor.document.getText()));
    } finally {
      await vscode.window.showTextDocument(editor.document, editor.viewColumn);
      await vscode.commands.executeCommand('undo');
    }
  });

  it('scrolls the preview with the editor (the block of the editor\'s top line goes to the top)', async () => {
    const editor = await showFixture('preview-postmortem.md');
    await vscode.commands.executeCommand(Commands.openPreviewToSide);
    await waitForPreview(editor.document);
    const target = editor.document.getText().split('\n').findIndex((l) => l.startsWith('## Root cause'));
    const moved = waitForEvent(vscode.window.onDidChangeTextEditorVisibleRanges, (e) => e.textEditor === editor &&
      e.visibleRanges[0]!.start.line > 0, 'the editor to scroll');
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    await moved;
    const line = editor.visibleRanges[0]!.start.line;
    const report = await vscode.commands.executeCommand<ScrollReport>(InternalCommands.waitForPreviewScroll, editor.document.uri.toString(), line);
    assert.ok(report.topLine > 0 && report.topLine <= line, `the block at the top starts at line ${report.topLine}, the editor's top line is ${line}`);
    assert.ok(report.scrollY > 0, JSON.stringify(report));
  });

  it('follows a document outside the workspace: its folder becomes the root, the page reloads once and shows its images', async () => {
    const start = await openFixture('preview-postmortem.md');
    await vscode.commands.executeCommand(Commands.openPreviewToSide);
    await waitForPreview(start.document);
    const folder = vscode.Uri.file(path.join(os.tmpdir(), `pm-preview-${Date.now()}`));
    const document = await writeImagesDoc(folder);
    // The root changes: the page reloads (once) and draws nothing stale before asking for this document.
    const loaded = vscode.commands.executeCommand<Extract<WebviewMessage, { type: 'ready' }>>(InternalCommands.nextPreviewLoad);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand(Commands.openPreviewToSide);
    assert.strictEqual((await loaded).shown, undefined);
    const report = await waitForPreview(document);
    assertResourceUrl(report.images[0], vscode.Uri.joinPath(folder, 'diagram.png'));
    // Typing re-renders by message only: no further reload, and the next render is the edited version.
    const reloads: unknown[] = [];
    const watching = vscode.commands.executeCommand(InternalCommands.nextPreviewLoad, 60000).then((r) => reloads.push(r), () => undefined);
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'More text.\n\n'));
    const edited = await waitForPreview(document);
    assert.strictEqual(edited.version, document.version);
    assertResourceUrl(edited.images[0], vscode.Uri.joinPath(folder, 'diagram.png'));
    assert.deepStrictEqual(reloads, [], 'the page reloaded while typing');
    void watching;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // Back in the workspace (the root changes again): wait for that reload's render so the next tests start settled.
    const back = vscode.commands.executeCommand<RenderReport>(InternalCommands.nextPreviewRender, workspaceUri('preview-postmortem.md').toString());
    await openFixture('preview-postmortem.md');
    await back;
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
    // A light page that turns dark with its reader's system: the flowchart drawn for both, whatever VS Code's theme.
    assert.match(html, /<figure class="pm-diagram pm-flowchart" data-diagram="0"><div class="pm-variant-light"><div class="pm-scroll"><div[^>]*><svg/);
    assert.match(html, /<div class="pm-variant-dark pm-theme-dark">/);
    assert.strictEqual(html.match(/<svg[\s>]/g)?.length, 2 * generatedOf(editor.document.getText()));
    assert.match(html, /<body class="pm-export">/);
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
    assert.doesNotMatch(html, /<script|<link /);
    assert.match(html, /<style>[\s\S]*\.pm-diagram/);
    assert.match(html, /Postmortem: 502 errors on the checkout API/);
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('exports each diagram in its own place when an empty mermaid block comes first (SVGs paired by block, not by order)', async () => {
    const text = [
      '# Postmortem: diagrams in order', '', '## Timeline', '', '- **10:00 UTC** - Alert fired.', '- **10:30 UTC** - Resolved.', '',
      '```mermaid', '```', '', '```mermaid', 'flowchart LR', '  alpha[Alpha node] --> omega[Omega node]', '```', '',
      '```mermaid', 'pie title Share of errors', '  "checkout": 3', '  "search": 1', '```', '',
    ].join('\n');
    const editor = await openNew(text);
    const target = workspaceUri('scratch', 'diagrams-in-order.export.html');
    assert.strictEqual((await vscode.commands.executeCommand<vscode.Uri>(Commands.exportHtml, target))?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    // Every diagram was drawn into the page: no block fell back to its source.
    assert.doesNotMatch(html, /<pre class="pm-mermaid[ "]/, 'a diagram fell back to its source');
    const all = [...html.matchAll(/<figure class="(pm-diagram[^"]*)" data-diagram="\w+"><div class="pm-variant-light">[\s\S]*?(<svg[\s\S]*?<\/svg>)/g)];
    // The time-scaled view (once the core draws one) sits right under the flowchart.
    const gantt = generatedOf(text) === 2;
    assert.deepStrictEqual(all.map((d) => d[1]), ['pm-diagram pm-flowchart', ...(gantt ? ['pm-diagram pm-gantt'] : []), 'pm-diagram', 'pm-diagram']);
    const diagrams = all.filter((d) => d[1] !== 'pm-diagram pm-gantt');
    assert.match(diagrams[0]![2]!, /Alert fired/, 'the generated flowchart is first');
    assert.match(diagrams[1]![2]!, /Alpha node/, 'the authored flowchart is second');
    assert.doesNotMatch(diagrams[1]![2]!, /Alert fired|Share of errors/);
    assert.match(diagrams[2]![2]!, /Share of errors/, 'the pie chart is last');
    assert.match(html, /form-action 'none'; base-uri 'none'/);
    assert.strictEqual(editor.document.isDirty, false);
  });
});
