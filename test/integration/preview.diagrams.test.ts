// Diagram files in a real VS Code host: Export Diagram as SVG… / PNG… write real files and never replace one without
// asking (Export HTML… neither). It waits through the test hooks (ExtensionMode.Test only).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { TestHooks } from '../../src/extension/testHooks';
import { Commands } from '../../src/shared/ids';
import type { RenderedVersion } from '../../src/shared/protocol';
import { activateExtension, closeAllEditors, openFixture, workspaceUri } from './helpers';

const waitForPreview = (document: vscode.TextDocument): Thenable<RenderedVersion> =>
  vscode.commands.executeCommand<RenderedVersion>(TestHooks.previewRendered, document.uri.toString(), document.version);
const readText = async (uri: vscode.Uri): Promise<string> =>
  new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const PNG_SIGNATURE = '89504e470d0a1a0a';
const hex = (bytes: Uint8Array): string =>
  Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');

describe('preview: diagram files in a real VS Code host', () => {
  before(activateExtension);
  // Every test opens its own document and its own preview.
  beforeEach(closeAllEditors);
  after(closeAllEditors);

  it('exports the flowchart as an SVG file and a PNG file', async function () {
    this.timeout(60000);
    const editor = await openFixture('preview-postmortem.md');
    await vscode.commands.executeCommand(Commands.openPreviewToSide);
    await waitForPreview(editor.document);
    const svgTarget = workspaceUri('scratch', 'exported-flowchart.svg');
    const svgWritten = await vscode.commands.executeCommand<vscode.Uri>(
      Commands.exportDiagramSvg,
      { diagramId: '0' },
      svgTarget,
    );
    assert.strictEqual(svgWritten?.toString(), svgTarget.toString());
    const svg = await readText(svgTarget);
    assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /Monitoring alert/);
    assert.doesNotMatch(svg, /<script|\son[a-z]+=/i);
    const pngTarget = workspaceUri('scratch', 'exported-flowchart.png');
    const pngWritten = await vscode.commands.executeCommand<vscode.Uri>(
      Commands.exportDiagramPng,
      { diagramId: '0' },
      pngTarget,
    );
    assert.strictEqual(pngWritten?.toString(), pngTarget.toString());
    const png = await vscode.workspace.fs.readFile(pngTarget);
    assert.strictEqual(hex(png), PNG_SIGNATURE);
    assert.ok(png.byteLength > 10000, `a real picture: ${png.byteLength} bytes`);
    assert.strictEqual(editor.document.isDirty, false);
  });

  for (const [format, command] of [
    ['svg', Commands.exportDiagramSvg],
    ['png', Commands.exportDiagramPng],
  ] as const) {
    it(`never replaces an existing .${format} silently: it asks; Escape keeps the file, Replace writes it`, async function () {
      this.timeout(60000);
      const editor = await openFixture('preview-postmortem.md');
      await vscode.commands.executeCommand(Commands.openPreviewToSide);
      await waitForPreview(editor.document);
      const target = workspaceUri('scratch', `keep-me.${format}`);
      const original = new TextEncoder().encode("the reader's own file\n");
      await vscode.workspace.fs.writeFile(target, original);
      // Escape: nothing written.
      let asked = vscode.commands.executeCommand<string>(TestHooks.nextQuestion);
      let run = vscode.commands.executeCommand<vscode.Uri | undefined>(command, { diagramId: '0' }, target);
      assert.strictEqual(await asked, `keep-me.${format} already exists`);
      assert.strictEqual(await readText(target), "the reader's own file\n", 'written before the answer');
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.strictEqual(await run, undefined);
      assert.strictEqual(await readText(target), "the reader's own file\n", 'replaced although the user kept it');
      // Replace (the first choice): written.
      asked = vscode.commands.executeCommand<string>(TestHooks.nextQuestion);
      run = vscode.commands.executeCommand<vscode.Uri | undefined>(command, { diagramId: '0' }, target);
      await asked;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.strictEqual((await run)?.toString(), target.toString());
      const written = await vscode.workspace.fs.readFile(target);
      if (format === 'png') assert.strictEqual(hex(written), PNG_SIGNATURE);
      else assert.match(new TextDecoder().decode(written), /^<\?xml/);
    });
  }

  it('Export HTML asks before replacing an existing page too', async function () {
    this.timeout(60000);
    await openFixture('preview-postmortem.md');
    const target = workspaceUri('scratch', 'keep-me.html');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('<p>mine</p>\n'));
    const asked = vscode.commands.executeCommand<string>(TestHooks.nextQuestion);
    const run = vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.exportHtml, target);
    assert.strictEqual(await asked, 'keep-me.html already exists');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await run, undefined);
    assert.strictEqual(await readText(target), '<p>mine</p>\n');
  });
});
