// The diagrams as a person meets them in the installed .vsix: a sample's preview with its metrics band, flowchart (nodes
// per phase as the model has them), legend and time-scaled view; a diagram exported as SVG from the palette and as PNG
// from the diagram's context menu, through the save dialog, into real files.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Frame } from 'playwright-core';
import { lint } from '../../src/core';
import { flowchartModel } from '../../src/core/index';
import { storyOf } from '../../src/extension/preview/story';
import { openWorkbench } from './setup';
import { EXPORT_WAIT_MS, waitForFile, type Workbench } from './workbench';

const SAMPLE = 'incident-report.md';
const NODES = '.pm-flowchart svg .node';
/** The flowchart's Mermaid classes: a phase, or the corrective tasks (and their "+ N more" node). */
const CLASSES = ['detection', 'misleading', 'escalation', 'mitigation', 'resolution', 'task'];

/** Nodes per class as the model has them. */
function expectedByClass(text: string): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(CLASSES.map((c) => [c, 0]));
  for (const node of flowchartModel(lint(text).model).nodes) {
    const kind = node.kind === 'more' ? 'task' : node.kind;
    if (kind in out) out[kind]! += 1;
  }
  return out;
}

describe("e2e: a sample's diagrams, band and diagram files", () => {
  let wb: Workbench;
  let text: string;
  let frame: Frame;
  before(async () => {
    wb = await openWorkbench(SAMPLE);
    text = readFileSync(join(process.env.WS_DIR!, SAMPLE), 'utf8');
  });

  it('opens the preview of a sample: nodes per phase as in the model, the legend, the band and time-scaled view as the core gives them', async () => {
    await wb.openFile(SAMPLE);
    await wb.palette('Postmortem: Open Preview to the Side');
    frame = await wb.webviewFrame(NODES);
    const total = flowchartModel(lint(text).model).nodes.length;
    await frame.waitForFunction(
      ([sel, n]) => document.querySelectorAll(sel as string).length === n,
      [NODES, total] as const,
      { timeout: 30000 },
    );
    const drawn = await frame.evaluate(
      (classes) =>
        Object.fromEntries(classes.map((c) => [c, document.querySelectorAll(`.pm-flowchart svg .node.${c}`).length])),
      CLASSES,
    );
    assert.deepStrictEqual(drawn, expectedByClass(text));
    const legend = await frame.locator('.pm-flowchart .pm-legend li').allInnerTexts();
    assert.ok(legend.includes('Detection') && legend.includes('Resolution'), JSON.stringify(legend));
    const story = storyOf(lint(text).model);
    if (story.metrics) {
      await frame.locator('#pm-band .pm-chip[data-metric="ttd"]').waitFor({ timeout: 30000 });
      assert.ok((await frame.locator('#pm-band .pm-chip').count()) >= 4);
    } else {
      // The core has no incident metrics yet: no band (the Chromium stage shows it with a hand-fed payload).
      assert.strictEqual(await frame.locator('#pm-band').isVisible(), false);
    }
    if (story.gantt) {
      await frame.locator('.pm-gantt svg rect.task').first().waitFor({ timeout: 30000 });
      const order = await frame
        .locator('.pm-diagram')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['kind']));
      assert.deepStrictEqual(
        order.slice(0, 2),
        ['flowchart', 'gantt'],
        'the time-scaled view sits under the flowchart',
      );
    } else {
      assert.strictEqual(await frame.locator('.pm-gantt').count(), 0);
    }
  });

  it('exports the flowchart as SVG from the palette, through the save dialog', async function () {
    this.timeout(EXPORT_WAIT_MS + 60000);
    await wb.openFile(SAMPLE);
    await wb.palette('Postmortem: Export Diagram as SVG…');
    // With more than one diagram (the sample has one of its own), the command asks which.
    const model = lint(text).model;
    if (model.mermaid.length || storyOf(model).gantt) await wb.pickRow('Incident flowchart');
    const out = join(process.env.WS_DIR!, 'incident-report-flowchart.svg');
    await acceptProposedName(wb, /incident-report-flowchart\.svg$/);
    const svg = await waitForFile(out, (b) => b.toString('utf8').includes('</svg>'));
    const xml = svg.toString('utf8');
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
    assert.match(xml, /Monitoring detected/);
    const page = await wb.page.context().browser()!.newPage();
    try {
      await page.goto('file://' + out);
      assert.strictEqual(
        await page.locator('svg .node').count(),
        flowchartModel(lint(text).model).nodes.length,
        'the file shows every node',
      );
    } finally {
      await page.close();
    }
  });

  it("exports the flowchart as PNG from the diagram's context menu", async function () {
    this.timeout(EXPORT_WAIT_MS + 60000);
    frame = await wb.webviewFrame(NODES);
    await frame.locator('.pm-flowchart .pm-viewport').click({ button: 'right', position: { x: 30, y: 30 } });
    const item = wb.page
      .locator('.context-view .monaco-menu .action-item', { hasText: 'Export Diagram as PNG…' })
      .first();
    await item.waitFor({ timeout: 30000 });
    // The menu lays a pointer block over the page that the first mouse move removes (as a person's hand would).
    const box = (await item.boundingBox())!;
    await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wb.page.locator('.context-view-pointerBlock').waitFor({ state: 'detached', timeout: 30000 });
    // The hovered item takes the menu's focus; Enter runs it (a click racing the menu's own mouse handling under load
    // left the menu open).
    await wb.page
      .locator('.context-view .monaco-menu .focused', { hasText: 'Export Diagram as PNG…' })
      .first()
      .waitFor({ timeout: 30000 });
    await wb.page.keyboard.press('Enter');
    const out = join(process.env.WS_DIR!, 'incident-report-flowchart.png');
    await acceptProposedName(wb, /incident-report-flowchart\.png$/);
    const png = await waitForFile(out, (b) => b.length > 24 && b.readUInt32BE(b.length - 8) === 0x49454e44);
    assert.strictEqual(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
    assert.ok(
      png.readUInt32BE(16) > 300 && png.readUInt32BE(20) > 300,
      `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`,
    );
  });
});

/** Waits for the save dialog (code-server's simple dialog) to propose a name matching `name`, then accepts it. */
async function acceptProposedName(wb: Workbench, name: RegExp): Promise<void> {
  const input = wb.page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  // The dialog fills in the folder first and the proposed name a moment later: wait for the name.
  await wb.page.waitForFunction(
    (source) => {
      const el = document.querySelector<HTMLInputElement>('.quick-input-widget input.input');
      return !!el && new RegExp(source).test(el.value);
    },
    name.source,
    { timeout: 15000 },
  );
  await wb.page.keyboard.press('Enter');
}
