// The real preview bundle in Chromium under its strict CSP: pan and zoom, the legend in every theme, the time-scaled view,
// readable node text at the preview's width, the metrics band, task lists, diagram files for export.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import type { PreviewContent, WebviewMessage } from '../../src/shared/protocol';
import { PreviewHarness, contentFor, type Drawn, type OpenOptions } from './harness';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const read = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
const TEXT = read('preview/assignment-600.md');
/** A hand-written time-scaled view of the same incident (fed through the protocol in place of the core's, so these tests do not follow its layout). */
const GANTT = read('preview/assignment-600.gantt.mmd');
const URI = 'file:///test/postmortem.md';
/** An element a test marks, to see whether an update kept it. */
type Kept = HTMLElement & { __kept?: number };

/** A flowchart of ten entries in one row, as some documents were drawn: the preview must keep its text readable. */
const WIDE =
  'flowchart LR\n' +
  Array.from(
    { length: 10 },
    (_, i) =>
      `  n${i}["${String(10 + i).padStart(2, '0')}:00 · Step ${i + 1} of the incident, with a label long enough to wrap"]`,
  ).join('\n') +
  '\n' +
  Array.from({ length: 9 }, (_, i) => `  n${i} --> n${i + 1}`).join('\n') +
  '\n';

describe('preview in Chromium: diagrams people can read and move', function () {
  this.timeout(60000);
  let harness: PreviewHarness;
  let page: Page | undefined;
  before(async () => {
    harness = await PreviewHarness.start();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  after(async () => {
    await harness?.close();
  });

  /** Opens content and returns what the page shows once it has drawn it (open() waits for that). */
  async function show(content: PreviewContent, options: OpenOptions = {}): Promise<Drawn> {
    page = await harness.open(content, options);
    return harness.drawn(page);
  }

  /** The zoom and offset of a diagram's drawing, read from its transform. */
  const viewOf = (selector: string): Promise<{ zoom: number; x: number; y: number; scale: number }> =>
    page!.evaluate((sel) => {
      const viewport = document.querySelector<HTMLElement>(`${sel} .pm-viewport`)!;
      const m = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(
        viewport.querySelector('svg')!.style.transform,
      )!;
      return { zoom: Number(viewport.dataset['zoom']), x: Number(m[1]), y: Number(m[2]), scale: Number(m[3]) };
    }, selector);

  describe('pan and zoom', () => {
    it('Ctrl + wheel zooms at the pointer, a plain wheel scrolls the page, dragging moves the drawing', async () => {
      await show(contentFor(TEXT), { viewport: { width: 900, height: 700 } });
      const viewport = page!.locator('.pm-flowchart .pm-viewport');
      const box = (await viewport.boundingBox())!;
      const start = await viewOf('.pm-flowchart');
      assert.strictEqual(start.zoom, 1);
      await page!.mouse.move(box.x + box.width / 2, box.y + 200);
      await page!.mouse.wheel(0, 100);
      await page!.waitForFunction(() => window.scrollY > 0);
      assert.strictEqual((await viewOf('.pm-flowchart')).zoom, 1, 'a plain wheel does not zoom');
      const moved = (await viewport.boundingBox())!;
      await page!.mouse.move(moved.x + moved.width / 2, Math.max(moved.y, 0) + 100);
      await page!.keyboard.down('Control');
      await page!.mouse.wheel(0, -300);
      await page!.keyboard.up('Control');
      await page!.waitForFunction(
        () => Number(document.querySelector<HTMLElement>('.pm-flowchart .pm-viewport')!.dataset['zoom']) > 1,
      );
      const zoomed = await viewOf('.pm-flowchart');
      assert.ok(zoomed.scale > start.scale, JSON.stringify({ start, zoomed }));
      const at = (await viewport.boundingBox())!;
      const y = Math.max(at.y, 0) + 100;
      await page!.mouse.move(at.x + at.width / 2, y);
      await page!.mouse.down();
      await page!.mouse.move(at.x + at.width / 2 - 60, y - 40, { steps: 5 });
      await page!.mouse.up();
      const dragged = await viewOf('.pm-flowchart');
      assert.ok(
        Math.abs(dragged.x - (zoomed.x - 60)) <= 1 && Math.abs(dragged.y - (zoomed.y - 40)) <= 1,
        `the drawing follows the drag: ${JSON.stringify({ zoomed, dragged })}`,
      );
    });

    it("works from the keyboard (+, −, arrows, 0) and the buttons, and keeps the reader's view across an edit", async () => {
      await show(contentFor(TEXT), { viewport: { width: 900, height: 700 } });
      const viewport = page!.locator('.pm-flowchart .pm-viewport');
      assert.match((await viewport.getAttribute('aria-label'))!, /Incident flowchart.*zoom.*move.*resets/);
      await viewport.focus();
      await page!.keyboard.press('+');
      await page!.keyboard.press('+');
      assert.strictEqual((await viewOf('.pm-flowchart')).zoom, 1.563);
      const before = await viewOf('.pm-flowchart');
      await page!.keyboard.press('ArrowRight');
      await page!.keyboard.press('ArrowDown');
      const after = await viewOf('.pm-flowchart');
      assert.deepStrictEqual([Math.round(after.x - before.x), Math.round(after.y - before.y)], [-40, -40]);
      await page!.keyboard.press('-');
      assert.strictEqual((await viewOf('.pm-flowchart')).zoom, 1.25);
      // An edit redraws the flowchart: the reader's zoom stays.
      const oldId = await page!.locator('.pm-flowchart svg').getAttribute('id');
      const rendered = harness.rendered(2);
      await harness.post(page!, {
        type: 'update',
        ...contentFor(TEXT.replace('Rolled back the load', 'Reverted the load'), 2),
      });
      await rendered;
      assert.notStrictEqual(await page!.locator('.pm-flowchart svg').getAttribute('id'), oldId, 'a new drawing');
      assert.strictEqual((await viewOf('.pm-flowchart')).zoom, 1.25);
      await page!.keyboard.press('0');
      assert.strictEqual((await viewOf('.pm-flowchart')).zoom, 1);
      await page!.locator('.pm-flowchart button[data-zoom="in"]').click();
      assert.strictEqual((await viewOf('.pm-flowchart')).zoom, 1.25);
      await page!.locator('.pm-flowchart button[data-zoom="out"]').click();
      await page!.locator('.pm-flowchart button[data-zoom="out"]').click();
      assert.strictEqual((await viewOf('.pm-flowchart')).zoom, 0.8);
      await page!.locator('.pm-flowchart button[data-zoom="reset"]').click();
      const reset = await viewOf('.pm-flowchart');
      assert.strictEqual(reset.zoom, 1);
      assert.ok(reset.x >= 0 && reset.y === 0, JSON.stringify(reset));
      // Every zoom control is a real, labelled button.
      assert.deepStrictEqual(
        await page!
          .locator('.pm-flowchart .pm-tools button')
          .evaluateAll((b) => b.map((x) => x.getAttribute('aria-label'))),
        ['Zoom out', 'Zoom in', 'Reset zoom'],
      );
    });
  });

  describe("readable at the preview's width", () => {
    /** The smallest node label of the flowchart as drawn on screen (font size × the drawing's scale), and the editor's size. */
    const smallestText = (): Promise<{ min: number; editor: number; labels: number }> =>
      page!.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('.pm-flowchart .pm-viewport > svg')!;
        const scale = svg.getBoundingClientRect().width / svg.width.baseVal.value;
        const sizes = [...svg.querySelectorAll('.node .nodeLabel')].map(
          (l) => parseFloat(getComputedStyle(l).fontSize) * scale,
        );
        const editor = parseFloat(
          getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-font-size'),
        );
        return { min: Math.min(...sizes), editor, labels: sizes.length };
      });
    const cases: Array<[string, () => PreviewContent, OpenOptions['vars']]> = [
      ['a ten-entry chain laid out in one row', () => contentFor(TEXT, 1, URI, { flowchart: WIDE }), undefined],
      ['the assignment postmortem', () => contentFor(TEXT), undefined],
      ['the incident report', () => contentFor(read('preview/incident-report.md')), undefined],
      [
        'the assignment with a 16 px editor font',
        () => contentFor(TEXT, 1, URI, { flowchart: WIDE }),
        { 'editor-font-size': '16px' },
      ],
    ];
    for (const [name, content, vars] of cases) {
      it(`${name}: node text is at least the editor's font size at a 600 px preview`, async () => {
        await show(content(), { viewport: { width: 600, height: 800 }, ...(vars ? { vars } : {}) });
        const text = await smallestText();
        assert.ok(text.labels >= 10, JSON.stringify(text));
        assert.ok(text.min >= text.editor - 0.01, `node text ${text.min.toFixed(1)} px < editor ${text.editor} px`);
      });
    }
    it('a diagram wider than the preview can be dragged to its far end', async () => {
      await show(contentFor(TEXT, 1, URI, { flowchart: WIDE }), { viewport: { width: 600, height: 800 } });
      const viewport = page!.locator('.pm-flowchart .pm-viewport');
      assert.match((await viewport.getAttribute('class'))!, /pm-pannable/);
      await viewport.focus();
      for (let i = 0; i < 60; i++) await page!.keyboard.press('Shift+ArrowRight');
      const lastNode = await page!.evaluate(() => {
        const nodes = [...document.querySelectorAll('.pm-flowchart .node')];
        const box = nodes[nodes.length - 1]!.getBoundingClientRect();
        const frame = document.querySelector('.pm-flowchart .pm-viewport')!.getBoundingClientRect();
        return { right: box.right, frameRight: frame.right, left: box.left, frameLeft: frame.left };
      });
      assert.ok(
        lastNode.right <= lastNode.frameRight + 1 && lastNode.left >= lastNode.frameLeft - 1,
        JSON.stringify(lastNode),
      );
    });
  });

  describe('legend and phase colours', () => {
    /** Each legend entry's swatch colours beside the colours its phase's nodes are drawn in, and the node text's contrast. */
    const colours = (): Promise<
      Array<{ phase: string; label: string; swatch: string[]; node: string[]; contrast: number }>
    > =>
      page!.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: number[]) => {
          const [r, g, b] = c.map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        return [...document.querySelectorAll('.pm-flowchart .pm-legend li')].map((li) => {
          const swatch = li.querySelector('.pm-swatch')!;
          const phase = [...swatch.classList].find((c) => c.startsWith('pm-phase-'))!.slice('pm-phase-'.length);
          const node = document.querySelector(`.pm-flowchart .node.${phase}`)!;
          const shape = node.querySelector('path, rect, polygon')!;
          const text = node.querySelector('.nodeLabel')!;
          const fill = getComputedStyle(shape).fill;
          const a = lum(rgb(getComputedStyle(text).color));
          const b = lum(rgb(fill));
          return {
            phase,
            label: li.textContent,
            swatch: [getComputedStyle(swatch).backgroundColor, getComputedStyle(swatch).borderTopColor],
            node: [fill, getComputedStyle(shape).stroke],
            contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
          };
        });
      });
    for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light']) {
      it(`${theme}: one entry per phase drawn, in the nodes' own colours, node text readable on its fill`, async () => {
        const content = contentFor(TEXT);
        const report = await show(content, { bodyClass: theme });
        assert.deepStrictEqual(report.errors, []);
        const legend = await colours();
        const sent = content.diagrams.find((d) => d.kind === 'flowchart')!.legend!;
        assert.ok(sent.length >= 5, JSON.stringify(sent));
        assert.deepStrictEqual(
          legend.map((l) => l.label),
          sent.map((l) => l.label),
        );
        // Every phase class the drawing uses has its entry.
        const drawnClasses = await page!.evaluate(
          (phases: string[]) => phases.filter((p) => document.querySelector(`.pm-flowchart .node.${p}`)),
          ['detection', 'investigation', 'misleading', 'escalation', 'mitigation', 'resolution', 'cause', 'task'],
        );
        assert.deepStrictEqual(legend.map((l) => l.phase).sort(), drawnClasses.sort());
        for (const entry of legend) {
          assert.deepStrictEqual(entry.swatch, entry.node, `${entry.phase}: the swatch is not the node's colour`);
          assert.ok(entry.contrast >= 4.5, `${entry.phase}: node text contrast ${entry.contrast.toFixed(2)} < 4.5`);
        }
        const fill = legend.find((l) => l.phase === 'detection')!.node[0];
        if (theme === 'vscode-light')
          assert.strictEqual(fill, 'rgb(253, 226, 225)', "light keeps the flowchart's own pastel");
        else assert.notStrictEqual(fill, 'rgb(253, 226, 225)', 'no pastel nodes in a dark or high-contrast theme');
      });
    }
  });

  describe('the time-scaled view', () => {
    it('draws under the flowchart under the strict CSP, one bar per task, and folds away (remembered)', async () => {
      const report = await show(contentFor(TEXT, 1, URI, { gantt: GANTT }));
      assert.deepStrictEqual(report.errors, []);
      assert.deepStrictEqual(report.kinds, ['flowchart', 'gantt']);
      assert.strictEqual(
        report.ganttBars,
        GANTT.split('\n').filter((l) => /:\s*(crit|active|milestone)?,?\s*\w+, 2024/.test(l)).length,
      );
      assert.deepStrictEqual(await page!.evaluate(() => window.__pmViolations), []);
      assert.match(await page!.locator('.pm-gantt svg').innerHTML(), /Rolled back the load balancer change/);
      const fold = page!.locator('.pm-gantt .pm-fold');
      assert.strictEqual(await fold.getAttribute('aria-expanded'), 'true');
      let next = harness.rendered(1);
      await fold.click();
      await next;
      assert.strictEqual((await harness.drawn(page!)).ganttBars, -1);
      assert.strictEqual(await fold.getAttribute('aria-expanded'), 'false');
      assert.strictEqual(await page!.locator('.pm-gantt .pm-viewport').isVisible(), false);
      assert.strictEqual(
        await page!.evaluate(
          () => (JSON.parse(window.sessionStorage.getItem('pm:state')!) as { ganttHidden?: boolean }).ganttHidden,
        ),
        true,
      );
      // Folded, an update does not draw it; unfolded, it is drawn again.
      next = harness.rendered(2);
      await harness.post(page!, {
        type: 'update',
        ...contentFor(TEXT, 2, URI, { gantt: GANTT.replace('Service fully', 'Service') }),
      });
      await next;
      assert.strictEqual((await harness.drawn(page!)).ganttBars, -1);
      next = harness.rendered(2);
      await fold.click();
      await next;
      assert.ok((await harness.drawn(page!)).ganttBars > 0);
      assert.match(await page!.locator('.pm-gantt svg').innerHTML(), /Service restored|Service</);
    });

    it('a broken gantt shows its error inline and the flowchart still draws', async () => {
      const report = await show(
        contentFor(TEXT, 1, URI, { gantt: 'gantt\n  dateFormat YYYY\n  section x\n  broken :: ::\n' }),
      );
      assert.ok(report.flowchartNodes > 0);
      assert.strictEqual(report.errors.length, 1, JSON.stringify(report.errors));
      assert.strictEqual(await page!.locator('.pm-gantt.pm-error .pm-error-message').count(), 1);
    });
  });

  describe('metrics band', () => {
    it('is absent without metrics and shows one chip per metric with them (— for an unknown one)', async () => {
      await show(contentFor(TEXT, 1, URI, { metrics: undefined }));
      assert.strictEqual(await page!.locator('#pm-band').isVisible(), false);
      assert.strictEqual(await page!.locator('.pm-chip').count(), 0);
      const rendered = harness.rendered(2);
      await harness.post(page!, {
        type: 'update',
        ...contentFor(TEXT, 2, URI, { metrics: { ttd: 1, ttm: 90, ttr: 180, impact: 180 } }),
      });
      await rendered;
      assert.deepStrictEqual(
        (await page!.locator('.pm-chip').allTextContents()).map((t) => t.replace(/\s+/g, ' ')),
        ['TTD 1 min', 'TTA —', 'TTM 1 h 30 min', 'TTR 3 h', 'Impact 3 h'],
      );
      assert.match((await page!.locator('.pm-chip[data-metric="ttd"]').getAttribute('title'))!, /Time to detect/);
      const box = (await page!.locator('#pm-band').boundingBox())!;
      const title = (await page!.locator('h1').boundingBox())!;
      assert.ok(box.y < title.y, 'the band is above the title');
      const gone = harness.rendered(3);
      await harness.post(page!, { type: 'update', ...contentFor(TEXT, 3, URI, { metrics: undefined }) });
      await gone;
      assert.strictEqual(await page!.locator('#pm-band').isVisible(), false);
    });
  });

  it('renders task lists as disabled checkboxes, not literal [ ]', async () => {
    await show(contentFor(TEXT));
    assert.strictEqual(
      await page!
        .locator('#pm-root li.task-list-item > input.task-list-item-checkbox[type="checkbox"][disabled]')
        .count(),
      6,
    );
    assert.doesNotMatch(await page!.locator('#pm-root').innerText(), /\[ \]/);
  });

  describe('updates and new pages', () => {
    it('replaces only the blocks that changed: the rest keep their element, drawing and zoom, with new source lines', async () => {
      await show(contentFor(TEXT, 1, URI, { gantt: GANTT }));
      await page!.evaluate(() => {
        (document.querySelector('#pm-root > h2:last-of-type') as Kept).__kept = 1;
        (document.querySelector('.pm-gantt') as Kept).__kept = 1;
      });
      const lastHeading = (): Promise<{ kept: boolean; line: string }> =>
        page!.evaluate(() => {
          const h = document.querySelector('#pm-root > h2:last-of-type') as Kept;
          return { kept: h.__kept === 1, line: h.dataset['line'] ?? '' };
        });
      const before = await lastHeading();
      // A new timeline entry (one more line): the flowchart and the list change; the gantt (fed as is) and the headings stay.
      const edited = TEXT.replace('- **17:00 UTC**', '- **16:30 UTC** - Escalated to the CTO.\n- **17:00 UTC**');
      const rendered = harness.rendered(2);
      await harness.post(page!, { type: 'update', ...contentFor(edited, 2, URI, { gantt: GANTT }) });
      await rendered;
      const after = await lastHeading();
      assert.ok(after.kept, 'an unchanged block was rebuilt');
      assert.strictEqual(Number(after.line), Number(before.line) + 1, 'its source line follows the edit');
      assert.strictEqual(
        await page!.evaluate(() => (document.querySelector('.pm-gantt') as Kept).__kept),
        1,
        'the unchanged gantt kept its drawing',
      );
      assert.strictEqual(
        await page!.evaluate(() => document.querySelectorAll('#pm-root [data-line]').length),
        await page!.evaluate(
          (html: string) => {
            const t = document.createElement('template');
            t.innerHTML = html;
            return t.content.querySelectorAll('[data-line]').length;
          },
          contentFor(edited, 2, URI, { gantt: GANTT }).html,
        ),
        'every block is there once',
      );
      assert.match(await page!.locator('.pm-flowchart').innerText(), /CTO/);
      assert.deepStrictEqual((await harness.drawn(page!)).kinds, ['flowchart', 'gantt']);
    });

    it('hands its drawings to the host; a new page given them shows them at once, then draws edits with Mermaid', async () => {
      await show(contentFor(TEXT, 1, URI, { gantt: GANTT }));
      const drawn = await harness.next((m): m is Extract<WebviewMessage, { type: 'drawn' }> => m.type === 'drawn');
      assert.strictEqual(drawn.drawings.length, 2);
      assert.ok(drawn.drawings.every((d) => d.svg.startsWith('<svg') && d.key.includes('\n')));
      await page!.close();
      // The host's copy, marked so that the test can tell it from a new drawing.
      const drawings = drawn.drawings.map((d) => ({
        key: d.key,
        svg: d.svg.replace('<svg ', '<svg data-from-host="1" '),
      }));
      const report = await show({ ...contentFor(TEXT, 1, URI, { gantt: GANTT }), drawings });
      assert.strictEqual(report.svgCount, 2);
      assert.strictEqual(
        await page!.locator('.pm-viewport > svg[data-from-host="1"]').count(),
        2,
        "drawn from the host's drawings",
      );
      const rendered = harness.rendered(2);
      await harness.post(page!, {
        type: 'update',
        ...contentFor(TEXT.replace('Rolled back the load', 'Reverted the load'), 2, URI, { gantt: GANTT }),
      });
      await rendered;
      assert.deepStrictEqual((await harness.drawn(page!)).errors, []);
      assert.match(await page!.locator('.pm-flowchart').innerText(), /Reverted/);
      assert.strictEqual(await page!.locator('.pm-flowchart svg[data-from-host]').count(), 0);
    });
  });

  describe('diagram files', () => {
    const request = async (
      id: string,
      format: 'svg' | 'png',
    ): Promise<Extract<WebviewMessage, { type: 'exportedDiagram' }>> => {
      const answer = harness.next(
        (m): m is Extract<WebviewMessage, { type: 'exportedDiagram' }> => m.type === 'exportedDiagram',
      );
      await harness.post(page!, { type: 'exportDiagram', requestId: 9, uri: URI, version: 1, id, format });
      return answer;
    };
    it("an SVG file is well-formed standalone XML on white, sanitised, whatever the editor's theme", async () => {
      await show(contentFor(TEXT, 1, URI, { gantt: GANTT }), { bodyClass: 'vscode-dark' });
      const { data, error } = await request('0', 'svg');
      assert.strictEqual(error, undefined);
      assert.match(
        data!,
        /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      );
      assert.match(data!, /background-color: rgb\(255, 255, 255\)|background-color: #fff/);
      assert.match(data!, /fill:#fde2e1/, 'light colours in the file');
      assert.doesNotMatch(data!, /<script|\son[a-z]+=|var\(--/i);
      const parsed = await page!.evaluate((xml: string) => {
        const doc = new window.DOMParser().parseFromString(xml, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? '',
          nodes: doc.querySelectorAll('.node').length,
        };
      }, data!);
      assert.strictEqual(parsed.error, '');
      assert.ok(parsed.nodes >= 10);
    });
    it("a PNG file is a PNG twice the diagram's size; an unknown diagram is an error", async () => {
      const content = contentFor(TEXT, 1, URI, { gantt: GANTT });
      await show(content);
      const { data } = await request(content.diagrams.find((d) => d.kind === 'gantt')!.id, 'png');
      const png = Buffer.from(data!, 'base64');
      assert.strictEqual(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      assert.strictEqual(
        width,
        2 * 860,
        `the time-scaled view is laid out 860 px wide for files, drawn at 2×: ${width}×${height}`,
      );
      assert.ok(height > 200);
      assert.match((await request('7', 'svg')).error!, /no such diagram/);
    });
    it("the exported page gets each diagram drawn light and dark, the dark one in the theme's phase colours", async () => {
      const content = contentFor(TEXT, 1, URI, { gantt: GANTT });
      await show(content);
      const answer = harness.next((m): m is Extract<WebviewMessage, { type: 'exported' }> => m.type === 'exported');
      await harness.post(page!, { type: 'export', requestId: 4, uri: URI, version: 1, themes: ['light', 'dark'] });
      const { svgs } = await answer;
      const gantt = content.diagrams.find((d) => d.kind === 'gantt')!.id;
      assert.deepStrictEqual(
        svgs.map((s) => `${s.id}:${s.theme}`),
        ['0:light', '0:dark', `${gantt}:light`, `${gantt}:dark`],
      );
      assert.doesNotMatch(svgs[0]!.svg, /var\(--pm-fill\)/);
      assert.match(svgs[1]!.svg, /var\(--pm-fill\)/);
      assert.match(svgs[0]!.svg, /-apple-system/, 'a font a page outside VS Code has');
    });
  });
});
