// The real preview bundle in Chromium: generated flowcharts parse and render with the expected nodes; live updates; themes; export SVGs.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { lint } from '../../src/core';
import { flowchartModel } from '../../src/core/index';
import { PreviewHarness, contentFor, type Drawn } from './harness';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const read = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

describe('preview in Chromium: diagrams', function () {
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

  /**
   * Opens markdown and returns what the page drew (open() resolves once the page reported its first render), without a
   * time-scaled view: these count the flowchart's nodes and the authored blocks.
   */
  async function show(markdown: string, options?: { bodyClass?: string }): Promise<Drawn> {
    page = await harness.open(contentFor(markdown, 1, undefined, { gantt: '' }), options);
    return harness.drawn(page);
  }

  const timelineRows = (n: number, text: (i: number) => string): string =>
    Array.from(
      { length: n },
      (_, i) =>
        `- **${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC** - ${text(i)}`,
    ).join('\n');
  const cases: Array<[string, () => string]> = [
    ['the seed incident report', () => read('preview/incident-report.md')],
    ['an assignment postmortem', () => read('preview/assignment-600.md')],
    ['a timeline with hostile labels', () => read('hostile/raw-html.md')],
    ['one entry', () => '# Postmortem\n\n## Timeline\n\n- **10:00 UTC** - Something broke.\n'],
    [
      'three hundred entries',
      () =>
        `# Postmortem\n\n## Timeline\n\n${timelineRows(300, (i) => (i % 7 === 3 ? `Restarted "svc-${i}" [again] <b>` : `Checked host ${i}`))}\n`,
    ],
  ];
  for (const [name, markdown] of cases) {
    it(`renders ${name}: Mermaid parses the generated flowchart and draws every node`, async () => {
      const text = markdown();
      const expected = flowchartModel(lint(text).model).nodes.length;
      const report = await show(text);
      assert.deepStrictEqual(report.errors, []);
      assert.strictEqual(
        report.flowchartNodes,
        expected,
        `nodes drawn vs. nodes in the model (${JSON.stringify(report)})`,
      );
    });
  }

  it('shows no flowchart and no error for a document without a timeline', async () => {
    const report = await show('# Notes\n\nNothing happened.\n');
    assert.strictEqual(report.flowchartNodes, -1);
    assert.strictEqual(report.svgCount, 0);
  });

  it('updates in place on an edit message: new diagram, same scroll, old version ignored', async () => {
    const text = read('preview/assignment-600.md');
    await show(text);
    await page!.setViewportSize({ width: 900, height: 400 });
    await page!.evaluate(() => document.scrollingElement!.scrollTo(0, 300));
    const edited = text.replace('- **17:00 UTC**', '- **16:00 UTC** - Escalated to the CTO.\n- **17:00 UTC**');
    const rendered = harness.rendered(2);
    await harness.post(page!, { type: 'update', ...contentFor(edited, 2) });
    await rendered;
    assert.strictEqual((await harness.drawn(page!)).flowchartNodes, flowchartModel(lint(edited).model).nodes.length);
    assert.strictEqual(await page!.evaluate(() => document.scrollingElement!.scrollTop), 300);
    await harness.post(page!, { type: 'update', ...contentFor(text, 1) });
    const answer = harness.next((m) => m.type === 'exported');
    await harness.post(page!, { type: 'export', requestId: 1, uri: 'file:///test/postmortem.md', version: 2 });
    const shown = await answer;
    assert.ok(shown.type === 'exported' && shown.version === 2, 'the older version was ignored');
    assert.match(await page!.locator('.pm-flowchart').innerText(), /CTO/);
  });

  it('re-renders diagrams in the dark theme when the body class changes', async () => {
    await show(read('preview/incident-report.md'));
    const light = await page!.locator('.pm-flowchart svg').getAttribute('id');
    const rendered = harness.next((m) => m.type === 'rendered');
    await page!.evaluate(() => {
      document.body.className = 'vscode-dark';
    });
    await rendered;
    assert.notStrictEqual(await page!.locator('.pm-flowchart svg').getAttribute('id'), light, 'a new SVG');
  });

  it('answers an export request with one SVG per drawn diagram, under its block id', async () => {
    await show(read('hostile/mermaid.md'));
    const exported = harness.next((m) => m.type === 'exported');
    await harness.post(page!, { type: 'export', requestId: 7, uri: 'file:///test/postmortem.md', version: 1 });
    const m = await exported;
    assert.ok(m.type === 'exported');
    assert.strictEqual(m.requestId, 7);
    assert.deepStrictEqual(
      m.svgs.map((s) => s.id),
      ['0', '1', '2', '3', '5'],
      'one SVG per drawn diagram, by block id: the broken one (4) has none',
    );
    assert.ok(m.svgs.every((s) => s.svg.startsWith('<svg')));
  });
});
