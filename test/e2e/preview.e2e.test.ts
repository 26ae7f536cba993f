// The preview as a person meets it in the installed .vsix: the title button, the drawn flowchart, live edits, reload, export.
import * as assert from 'assert';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Frame } from 'playwright-core';
import { lint } from '../../src/core';
import { flowchartModel } from '../../src/core/index';
import { openWorkbench } from './setup';
import { EXPORT_WAIT_MS, waitForFile, type Workbench } from './workbench';

const FILE = 'preview-postmortem.md';
const NODES = '.pm-flowchart svg .node';
const nodesOf = (text: string): number => flowchartModel(lint(text).model).nodes.length;
/** A 4×3 red PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mM4IScHRww4OQD1xwwx7+oCFgAAAABJRU5ErkJggg==',
  'base64',
);
const IMAGES = 'images-postmortem.md';

/** Writes a postmortem with relative images, and the images, into a folder of the workspace. */
function writeImagesFixture(ws: string): void {
  const dir = join(ws, 'pictures');
  mkdirSync(join(dir, 'img'), { recursive: true });
  writeFileSync(join(dir, 'diagram.png'), PNG);
  writeFileSync(join(dir, 'img', 'x.png'), PNG);
  writeFileSync(
    join(dir, IMAGES),
    '# Postmortem: pictures\n\nThe load balancer:\n\n![diagram](diagram.png)\n\n![nested](./img/x.png)\n',
  );
}

/** Resolves once the frame's flowchart has `count` nodes. */
async function nodeCount(frame: Frame, count: number): Promise<void> {
  await frame.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel as string).length === n,
    [NODES, count] as const,
    { timeout: 30000 },
  );
}

/** The postmortem as it is on disk now. */
const onDisk = (): string => readFileSync(join(process.env.WS_DIR!, FILE), 'utf8');

describe('e2e: the preview with its incident flowchart', () => {
  let wb: Workbench;
  before(async () => {
    writeImagesFixture(process.env.WS_DIR!);
    wb = await openWorkbench(FILE);
  });
  // Each test opens its own file and its own preview in an empty window.
  beforeEach(async () => {
    await wb.closeAllEditors();
  });

  it('opens from the editor title button and draws the flowchart of the timeline', async () => {
    await wb.openFile(FILE);
    await wb.page.locator('.editor-group-container.active .editor-actions .codicon-type-hierarchy').first().click();
    const frame = await wb.webviewFrame(NODES);
    await nodeCount(frame, nodesOf(onDisk()));
    assert.match(await frame.locator('.pm-flowchart').innerText(), /Monitoring alert/);
    assert.match(await frame.locator('h1').innerText(), /502 errors on the checkout API/);
  });

  it('redraws the flowchart while typing in the timeline', async () => {
    const text = onDisk();
    await wb.openFile(FILE);
    const frame = await wb.openPreviewToSide(NODES);
    await nodeCount(frame, nodesOf(text));
    // The preview opened beside without taking the focus: type in the editor.
    const line = text.split('\n').findIndex((l) => l.startsWith('- **17:00 UTC**')) + 1;
    await wb.goToLine(line, 1);
    await wb.page.keyboard.type('- **16:30 UTC** - Escalated to the CTO.');
    await wb.page.keyboard.press('Enter');
    await nodeCount(frame, nodesOf(text) + 1);
    await frame.locator('.pm-flowchart', { hasText: 'Escalated to the CTO' }).waitFor({ timeout: 30000 });
    await wb.revertFile(FILE);
    await nodeCount(frame, nodesOf(text));
  });

  it("scrolls with the editor: the block of the editor's top line goes to the top of the preview", async () => {
    await wb.openFile(FILE);
    const frame = await wb.openPreviewToSide(NODES);
    await nodeCount(frame, nodesOf(onDisk()));
    // Scroll the editor a page down with the keyboard (Alt+PageDown: "Scroll Page Down", no animation, the cursor stays),
    // then read its top line from the line numbers.
    await wb.goToLine(1, 1);
    await wb.page.keyboard.press('Alt+PageDown');
    const top = await wb.page
      .waitForFunction(readEditorTopLine, undefined, { timeout: 30000 })
      .then((h) => h.jsonValue() as Promise<number>);
    // The preview shows the block holding that line at its top: it starts at or before the line, the next one after it.
    await frame
      .waitForFunction(
        (line) => {
          const blocks = [...document.querySelectorAll<HTMLElement>('#pm-root [data-line]')].map((el) => ({
            line: Number(el.dataset['line']),
            top: el.getBoundingClientRect().top,
          }));
          const before = blocks.filter((b) => b.line <= line);
          const holding = before.reduce((a, b) => (b.line >= a.line ? b : a), before[0]!);
          const after = blocks
            .filter((b) => b.line > line)
            .reduce((a, b) => (b.line < a.line ? b : a), { line: Infinity, top: Infinity });
          return window.scrollY > 0 && holding.top <= 1 && after.top > -1;
        },
        top,
        { timeout: 30000 },
      )
      .catch(async (e: Error) => {
        const shown = await frame.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('#pm-root [data-line]')]
            .map((b) => `${b.dataset['line']}@${Math.round(b.getBoundingClientRect().top)}`)
            .filter((b) => Math.abs(Number(b.split('@')[1])) < 400)
            .join(' '),
        );
        throw new Error(
          `the preview did not follow the editor's top line ${top} (scrollY ${await frame.evaluate(() => window.scrollY)}; blocks line@top: ${shown}): ${e.message}`,
        );
      });
  });

  it('comes back after a window reload (the panel serializer)', async () => {
    await wb.openFile(FILE);
    await nodeCount(await wb.openPreviewToSide(NODES), nodesOf(onDisk()));
    // A reload through the workbench lets it persist its editors (the panel's state included) before the page goes.
    await wb.palette('Developer: Reload Window');
    await wb.page.waitForEvent('load', { timeout: 60000 });
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    const frame = await wb.webviewFrame(NODES, 60000);
    await nodeCount(frame, nodesOf(onDisk()));
  });

  it('exports an HTML file that shows the SVG flowchart in a browser', async function () {
    // The export may wait for a new preview to load Mermaid and draw (up to a minute on a loaded machine).
    this.timeout(EXPORT_WAIT_MS + 60000);
    await wb.openFile(FILE);
    await wb.palette('Postmortem: Export HTML…');
    // The save dialog (code-server's simple dialog) fills in the folder first and the proposed name, the postmortem's
    // name with .html, a moment later: wait for the name.
    await wb.page.waitForFunction(
      () => {
        const el = document.querySelector<HTMLInputElement>('.quick-input-widget input.input');
        return !!el && /preview-postmortem\.html$/.test(el.value);
      },
      undefined,
      { timeout: 30000 },
    );
    await wb.page.keyboard.press('Enter');
    const out = join(process.env.WS_DIR!, 'preview-postmortem.html');
    const page = await wb.page.context().browser()!.newPage();
    try {
      await waitForFile(out, (b) => b.toString('utf8').includes('</html>'));
      await page.goto('file://' + out);
      // The page holds each diagram drawn for a light and a dark reader; it shows the one its reader's system prefers.
      const shown = await page.evaluate(() => {
        const variant = matchMedia('(prefers-color-scheme: dark)').matches ? '.pm-variant-dark' : '.pm-variant-light';
        return document.querySelectorAll(`.pm-flowchart > ${variant} svg .node`).length;
      });
      assert.strictEqual(shown, nodesOf(onDisk()));
      assert.strictEqual(await page.locator('script').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('shows images that sit next to the postmortem (relative src, loaded through the webview)', async () => {
    await wb.openFile(IMAGES);
    const frame = await wb.openPreviewToSide('img[alt="nested"]');
    for (const alt of ['diagram', 'nested']) {
      await frame.waitForFunction(
        (a) => {
          const img = document.querySelector<HTMLImageElement>(`img[alt="${a}"]`);
          return !!img && img.complete && img.naturalWidth === 4 && img.naturalHeight === 3;
        },
        alt,
        { timeout: 30000 },
      );
    }
    assert.doesNotMatch((await frame.locator('img[alt="diagram"]').getAttribute('src'))!, /^(\.\/)?diagram\.png$/);
  });
});

/**
 * Runs in the page: the 0-based line at the top of the active text editor (a wrapped line's continuation counts as its
 * line), once it has scrolled off line 0; false before.
 */
function readEditorTopLine(): number | false {
  const rows = [
    ...document.querySelectorAll<HTMLElement>('.editor-group-container .monaco-editor .margin-view-overlays > div'),
  ].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
  const numbered = rows.findIndex((r) => /^\d+$/.test(r.innerText.trim()));
  if (numbered < 0) return false;
  const first = Number(rows[numbered]!.innerText.trim());
  const line = numbered === 0 ? first - 1 : first - 2;
  return line > 0 ? line : false;
}
