// The preview in a real VS Code host: its webview draws each version, follows edits and editors; insert and export commands.
// Each test opens its own document and its own preview; it waits through the test hooks (ExtensionMode.Test only).
// What the page draws (nodes, bars, errors) is read from its DOM by the webview and e2e suites: the host learns only
// which version was drawn.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { lint } from '../../src/core';
import type { InsertResult } from '../../src/extension/preview/insert';
import { storyOf } from '../../src/extension/preview/story';
import { TestHooks, type PreviewEvent, type PreviewSnapshot } from '../../src/extension/testHooks';
import { Commands } from '../../src/shared/ids';
import type { RenderedVersion } from '../../src/shared/protocol';
import { activateExtension, closeAllEditors, openFixture, openNew, workspaceUri } from './helpers';

/** The diagrams the preview generates for a text: the flowchart, and the time-scaled view when the core draws one. */
const generatedOf = (text: string): number => (storyOf(lint(text).model).gantt ? 2 : 1);
/** Resolves once the open preview has drawn the document's current version (rejects after the hooks' deadline). */
const drawn = async (document: vscode.TextDocument): Promise<RenderedVersion> =>
  await vscode.commands.executeCommand<RenderedVersion>(
    TestHooks.previewRendered,
    document.uri.toString(),
    document.version,
  );
/** Starts recording what the open preview's page reports. */
const record = async (): Promise<void> => {
  await vscode.commands.executeCommand(TestHooks.recordPreview);
};
/** What it reported since `record()`, once it drew the document's current version. */
const recordedUntil = async (document: vscode.TextDocument): Promise<PreviewEvent[]> =>
  await vscode.commands.executeCommand<PreviewEvent[]>(TestHooks.previewRecording, {
    uri: document.uri.toString(),
    version: document.version,
  });
const snapshot = async (): Promise<PreviewSnapshot> =>
  await vscode.commands.executeCommand<PreviewSnapshot>(TestHooks.previewContent);
const imageSources = (html: string): string[] =>
  [...html.matchAll(/<img [^>]*src="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
/** A 4×3 red PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mM4IScHRww4OQD1xwwx7+oCFgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const IMAGES_DOC =
  '# Postmortem: images\n\n![diagram](diagram.png)\n\n![nested](./img/x.png)\n\n![web](https://example.com/a.png)\n';

/** Writes a postmortem with relative images and the PNGs beside it; returns the document. */
async function writeImagesDoc(folder: vscode.Uri): Promise<vscode.TextDocument> {
  const write = (name: string, bytes: Uint8Array) =>
    vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), bytes);
  await write('diagram.png', PNG);
  await write('img/x.png', PNG);
  await write('images-postmortem.md', new TextEncoder().encode(IMAGES_DOC));
  return vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'images-postmortem.md'));
}

/** The src of a relative image must be a webview resource URL of that file (not the relative path, not file:). */
function assertResourceUrl(src: string | undefined, file: vscode.Uri): void {
  assert.ok(src, 'no image in the preview');
  const url = new URL(src);
  assert.strictEqual(url.protocol, 'https:', src);
  assert.match(url.hostname, /vscode-resource|vscode-cdn/, src);
  assert.ok(decodeURIComponent(url.pathname).endsWith(file.path), `${src} is not ${file.path}`);
}

/** Shows a workspace file in the first column (the preview goes beside it). */
async function showFixture(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(
    await vscode.workspace.openTextDocument(workspaceUri(name)),
    vscode.ViewColumn.One,
  );
}

/** Shows the document in the first column with its preview beside it, drawn. */
async function withPreview(document: vscode.TextDocument): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  const opened = await vscode.commands.executeCommand<{ uri: string; version: number }>(Commands.openPreviewToSide);
  assert.strictEqual(opened?.uri, document.uri.toString());
  await drawn(document);
  return editor;
}

/**
 * Leaves the preview on a document without images, drawn, before the next test closes it: in VS Code for the web, a
 * webview destroyed while its image requests are pending holds up the start of the next webview for 30 s.
 */
async function showWithoutImages(): Promise<void> {
  await withPreview(await vscode.workspace.openTextDocument(workspaceUri('preview-postmortem.md')));
}

/** The tab group holding the preview panel. */
function previewGroup(): vscode.TabGroup {
  const group = vscode.window.tabGroups.all.find((g) =>
    g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('postmortem.preview')),
  );
  assert.ok(group, 'no tab group shows the preview');
  return group;
}

const renders = (events: PreviewEvent[]) =>
  events.filter((e): e is Extract<PreviewEvent, { type: 'rendered' }> => e.type === 'rendered');

describe('preview: Postmortem Writer in a real VS Code host', function () {
  // A webview may take 30 s to start in VS Code for the web after another was destroyed mid-request (see the hooks'
  // deadline); the tests below avoid that, and a test still passes when it happens.
  this.timeout(90000);
  before(activateExtension);
  // Every test opens its own document and its own preview.
  beforeEach(closeAllEditors);
  after(closeAllEditors);

  it('opens beside the editor and its webview draws the document', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('preview-postmortem.md'));
    const editor = await withPreview(document);
    assert.notStrictEqual(previewGroup().viewColumn, editor.viewColumn, 'the preview is not beside the editor');
  });

  it('opens again right after its tab is closed (a new panel, not the closing one)', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('preview-postmortem.md'));
    await withPreview(document);
    const tab = previewGroup().tabs.find((t) => t.input instanceof vscode.TabInputWebview)!;
    assert.ok(await vscode.window.tabGroups.close(tab));
    // At once, as a person clicking the title button twice would: the panel VS Code is disposing must not be reused.
    await withPreview(document);
    assert.strictEqual(previewGroup().tabs.filter((t) => t.input instanceof vscode.TabInputWebview).length, 1);
  });

  it('updates live when the timeline is edited: it draws the edited version, then the undone one', async () => {
    const editor = await withPreview(await vscode.workspace.openTextDocument(workspaceUri('preview-postmortem.md')));
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('- **17:00 UTC**'));
    await editor.edit((b) =>
      b.insert(new vscode.Position(line, 0), '- **16:30 UTC** - Escalated to the CTO for a status update.\n'),
    );
    // Each wait rejects unless the page draws that version (the e2e suite counts the nodes it draws while typing).
    await drawn(editor.document);
    await vscode.commands.executeCommand('undo');
    await drawn(editor.document);
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('follows the active postmortem editor', async () => {
    await withPreview(await vscode.workspace.openTextDocument(workspaceUri('preview-postmortem.md')));
    const other = await showFixture('postmortem-missing-timeline.md');
    await drawn(other.document);
    assert.strictEqual((await snapshot()).uri, other.document.uri.toString());
  });

  it('shows images beside the document through webview resource URLs (its workspace folder is a resource root)', async () => {
    const folder = workspaceUri('scratch', 'images');
    await withPreview(await writeImagesDoc(folder));
    const shown = await snapshot();
    assert.ok(shown.roots.includes(vscode.workspace.workspaceFolders![0]!.uri.toString()), JSON.stringify(shown.roots));
    const images = imageSources(shown.html);
    assert.strictEqual(images.length, 3, shown.html);
    assertResourceUrl(images[0], vscode.Uri.joinPath(folder, 'diagram.png'));
    assertResourceUrl(images[1], vscode.Uri.joinPath(folder, 'img', 'x.png'));
    assert.strictEqual(images[2], 'https://example.com/a.png');
    await showWithoutImages();
  });

  it('a preview hidden while its document changes shows the latest version first when shown again', async () => {
    const editor = await withPreview(await vscode.workspace.openTextDocument(workspaceUri('preview-postmortem.md')));
    // Hide the preview behind another editor in its own group, then edit the document.
    const group = previewGroup();
    const notes = await vscode.workspace.openTextDocument(workspaceUri('notes.md'));
    await vscode.window.showTextDocument(notes, { viewColumn: group.viewColumn, preview: false });
    assert.ok(
      !previewGroup().tabs.find((t) => t.input instanceof vscode.TabInputWebview)?.isActive,
      'the preview is still shown',
    );
    await record();
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('- **17:00 UTC**'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      editor.document.uri,
      new vscode.Position(line, 0),
      '- **16:45 UTC** - Paged the database team while the preview was hidden.\n',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Closing the notes editor shows the preview again.
    await vscode.window.showTextDocument(notes, { viewColumn: group.viewColumn });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // The page (VS Code unloads a hidden webview) draws nothing stale: every render after showing is the latest version.
    const events = await recordedUntil(editor.document);
    const versions = renders(events).map((e) => e.version);
    assert.deepStrictEqual(
      versions.filter((v) => v !== editor.document.version),
      [],
      `it drew ${JSON.stringify(events)}`,
    );
  });

  it('follows a document outside the workspace: its folder becomes the root, the page reloads once and shows its images', async () => {
    await withPreview(await vscode.workspace.openTextDocument(workspaceUri('preview-postmortem.md')));
    const folder = vscode.Uri.file(path.join(os.tmpdir(), `pm-preview-${Date.now()}`));
    const document = await writeImagesDoc(folder);
    // The root changes: the page reloads (once) and draws nothing stale before asking for this document.
    await record();
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const reload = await recordedUntil(document);
    assert.strictEqual(reload.filter((e) => e.type === 'ready').length, 1, JSON.stringify(reload));
    const afterReload = reload.slice(reload.findIndex((e) => e.type === 'ready'));
    assert.ok(
      renders(afterReload).every((e) => e.uri === document.uri.toString()),
      `it drew ${JSON.stringify(reload)}`,
    );
    const shown = await snapshot();
    assert.ok(shown.roots.includes(folder.toString()), JSON.stringify(shown.roots));
    assertResourceUrl(imageSources(shown.html)[0], vscode.Uri.joinPath(folder, 'diagram.png'));
    // Typing re-renders by message only: no further reload, and the edited version is drawn.
    await record();
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'More text.\n\n'));
    const typed = await recordedUntil(document);
    assert.deepStrictEqual(
      typed.filter((e) => e.type === 'ready'),
      [],
      `the page reloaded while typing: ${JSON.stringify(typed)}`,
    );
    assertResourceUrl(imageSources((await snapshot()).html)[0], vscode.Uri.joinPath(folder, 'diagram.png'));
    await showWithoutImages();
  });

  it('inserts the flowchart as a mermaid block between markers, idempotently, in one undo step', async () => {
    const editor = await openFixture('postmortem-missing-timeline.md');
    const original = editor.document.getText();
    const first = await vscode.commands.executeCommand<InsertResult>(Commands.insertFlowchart);
    assert.strictEqual(first?.action, 'inserted');
    const text = editor.document.getText();
    assert.strictEqual(text.split('<!-- postmortem:flowchart:start -->').length, 2);
    assert.match(
      text,
      /<!-- postmortem:flowchart:start -->\n## Flowchart\n\n```mermaid\nflowchart TD\n[\s\S]*```\n<!-- postmortem:flowchart:end -->/,
    );
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
    assert.match(
      html,
      /<figure class="pm-diagram pm-flowchart" data-diagram="0"><div class="pm-variant-light"><div class="pm-scroll"><div[^>]*><svg/,
    );
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
      '# Postmortem: diagrams in order',
      '',
      '## Timeline',
      '',
      '- **10:00 UTC** - Alert fired.',
      '- **10:30 UTC** - Resolved.',
      '',
      '```mermaid',
      '```',
      '',
      '```mermaid',
      'flowchart LR',
      '  alpha[Alpha node] --> omega[Omega node]',
      '```',
      '',
      '```mermaid',
      'pie title Share of errors',
      '  "checkout": 3',
      '  "search": 1',
      '```',
      '',
    ].join('\n');
    const editor = await openNew(text);
    const target = workspaceUri('scratch', 'diagrams-in-order.export.html');
    assert.strictEqual(
      (await vscode.commands.executeCommand<vscode.Uri>(Commands.exportHtml, target))?.toString(),
      target.toString(),
    );
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    // Every diagram was drawn into the page: no block fell back to its source.
    assert.doesNotMatch(html, /<pre class="pm-mermaid[ "]/, 'a diagram fell back to its source');
    const all = [
      ...html.matchAll(
        /<figure class="(pm-diagram[^"]*)" data-diagram="\w+"><div class="pm-variant-light">[\s\S]*?(<svg[\s\S]*?<\/svg>)/g,
      ),
    ];
    // The time-scaled view (when the core draws one) sits right under the flowchart.
    const gantt = generatedOf(text) === 2;
    assert.deepStrictEqual(
      all.map((d) => d[1]),
      ['pm-diagram pm-flowchart', ...(gantt ? ['pm-diagram pm-gantt'] : []), 'pm-diagram', 'pm-diagram'],
    );
    const diagrams = all.filter((d) => d[1] !== 'pm-diagram pm-gantt');
    assert.match(diagrams[0]![2]!, /Alert fired/, 'the generated flowchart is first');
    assert.match(diagrams[1]![2]!, /Alpha node/, 'the authored flowchart is second');
    assert.doesNotMatch(diagrams[1]![2]!, /Alert fired|Share of errors/);
    assert.match(diagrams[2]![2]!, /Share of errors/, 'the pie chart is last');
    assert.match(html, /form-action 'none'; base-uri 'none'/);
    assert.strictEqual(editor.document.isDirty, false);
  });
});
