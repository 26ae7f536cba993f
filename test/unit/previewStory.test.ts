// Unit tests of the preview's story seam: the diagrams list, the time-scaled view's place, legend, metrics, the palette.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  buildFlowchart,
  buildGantt,
  createRenderer,
  flowchartLegend,
  flowchartModel,
  lint,
} from '../../src/core/index';
import { composeContent, placeGantt } from '../../src/extension/preview/compose';
import { DrawingCache } from '../../src/extension/preview/drawings';
import { legendOf, storyOf, toMetrics, type Story } from '../../src/extension/preview/story';

const ROOT = join(__dirname, '..', '..', '..');
const GANTT = 'gantt\n  dateFormat HH:mm\n  section Detection\n  Alert fired :crit, 14:00, 5m\n';
const DOC =
  '# Postmortem: checkout\n\nIntro.\n\n## Timeline\n\n- **14:00 UTC** - Monitoring alert fired on the 5xx rate.\n' +
  '- **14:30 UTC** - Escalated to the DevOps team.\n- **15:10 UTC** - Rolled back the load balancer change.\n' +
  '- **17:00 UTC** - Service restored; incident resolved.\n\n```mermaid\npie\n  "a": 1\n```\n';

function compose(text: string, story: Partial<Story> = {}) {
  const model = lint(text).model;
  return composeContent({
    uri: 'file:///a.md',
    version: 1,
    title: 'T',
    text,
    model,
    story: { ...storyOf(model), ...story },
    render: createRenderer(),
  });
}

describe('preview content: the diagrams list', () => {
  it('lists every Mermaid block in document order with its id, kind and source', () => {
    const content = compose(DOC, { gantt: '' });
    assert.deepStrictEqual(
      content.diagrams.map((d) => [d.id, d.kind]),
      [
        ['0', 'flowchart'],
        ['1', 'author'],
      ],
    );
    assert.strictEqual(content.diagrams[0]!.source, buildFlowchart(lint(DOC).model));
    assert.strictEqual(content.diagrams[1]!.source, 'pie\n  "a": 1\n');
    assert.ok(
      ['detection', 'escalation', 'mitigation', 'resolution'].every((p) =>
        content.diagrams[0]!.legend?.some((l) => l.phase === p),
      ),
    );
  });
  it('places a time-scaled view right under the flowchart and lists it as the gantt', () => {
    const content = compose(DOC, { gantt: GANTT, ganttCaption: 'Bars by phase', metrics: { ttd: 0 } });
    // Right under the flowchart's block (the renderer of story-core wraps each in a captioned figure and places it itself).
    assert.match(
      content.html,
      /<pre class="pm-mermaid pm-flowchart" data-diagram="0">[^<]*<\/pre>\n(?:<figcaption[^>]*>[^<]*<\/figcaption>\n<\/figure>\n<figure[^>]*>\n)?<pre class="pm-mermaid pm-gantt" data-diagram="\w+">gantt/,
    );
    assert.deepStrictEqual(
      content.diagrams.map((d) => d.kind),
      ['flowchart', 'gantt', 'author'],
    );
    assert.strictEqual(content.diagrams[1]!.source, GANTT);
    assert.strictEqual(content.diagrams[1]!.caption, 'Bars by phase');
    assert.deepStrictEqual(content.metrics, { ttd: 0 });
  });
  it('puts it after the title without a flowchart, and leaves it out when the author inserted one', () => {
    assert.match(
      placeGantt('<h1 data-line="0">T</h1>\n<p>x</p>\n', GANTT),
      /^<h1 data-line="0">T<\/h1>\n<pre class="pm-mermaid pm-gantt"/,
    );
    assert.match(placeGantt('<p>x</p>\n', GANTT), /^<pre class="pm-mermaid pm-gantt"/);
    const inserted = `${DOC}\n<!-- postmortem:gantt:start -->\n\`\`\`mermaid\n${GANTT}\`\`\`\n<!-- postmortem:gantt:end -->\n`;
    const content = compose(inserted, { gantt: GANTT });
    assert.doesNotMatch(content.html, /pm-gantt/);
    assert.deepStrictEqual(
      content.diagrams.map((d) => d.kind),
      ['flowchart', 'author', 'author'],
    );
  });
  it('escapes a hostile gantt and reads its source back exactly', () => {
    const hostile = 'gantt\n  title <img src=x onerror=alert(1)> & "q"\n';
    const content = compose(DOC, { gantt: hostile });
    assert.doesNotMatch(content.html, /<img/);
    assert.strictEqual(content.diagrams.find((d) => d.kind === 'gantt')!.source, hostile);
  });
});

describe('preview story: legend and metrics', () => {
  it("is the core's story: its flowchart, its legend, its gantt and its metrics", () => {
    const model = lint(DOC).model;
    const story = storyOf(model);
    assert.strictEqual(story.flowchart, buildFlowchart(model));
    assert.deepStrictEqual(
      story.legend,
      flowchartLegend(flowchartModel(model)).map((l) => ({ phase: l.kind, label: l.label })),
    );
    assert.deepStrictEqual(story.legend, legendOf(story.flowchart), 'the legend is the classes the flowchart assigns');
    assert.strictEqual(story.gantt, buildGantt(model));
    assert.ok(story.gantt.startsWith('gantt'), story.gantt);
    assert.deepStrictEqual(story.metrics, toMetrics(model.metrics.durations));
    assert.ok(story.metrics && story.metrics.ttr !== undefined, JSON.stringify(story.metrics));
    // The content sends the gantt the core builds.
    const content = compose(DOC);
    assert.strictEqual(content.diagrams.find((d) => d.kind === 'gantt')?.source, buildGantt(model));
    assert.deepStrictEqual(content.metrics, story.metrics);
  });
  it("reads the legend from the classes the flowchart assigns, in the legend's order", () => {
    assert.deepStrictEqual(
      legendOf('flowchart TD\n  class t0,t1 task\n  class n0 detection\n  classDef detection fill:#fff\n'),
      [
        { phase: 'detection', label: 'Detection' },
        { phase: 'task', label: 'Corrective task' },
      ],
    );
    assert.deepStrictEqual(legendOf('flowchart TD\n  a --> b\n'), []);
  });
  it('takes metrics as minutes or { minutes }, drops unknown and invalid ones', () => {
    assert.deepStrictEqual(toMetrics({ ttd: 5, tta: { minutes: 3 }, ttm: undefined, ttr: -1, impact: 95 }), {
      ttd: 5,
      tta: 3,
      impact: 95,
    });
    assert.deepStrictEqual(toMetrics({ ttd: 0, impact: '70% of users' }), { ttd: 0 });
    assert.strictEqual(toMetrics({ ttd: undefined }), undefined);
    assert.strictEqual(toMetrics(null), undefined);
  });
});

describe("preview palette: the legend's light colours are the flowchart's own", () => {
  it('media/preview.css has the fill and stroke of every classDef the core writes', () => {
    const css = readFileSync(join(ROOT, 'media', 'preview.css'), 'utf8');
    const light = /:root \{([^}]*)\}/.exec(css)![1]!;
    const flowchart = buildFlowchart(
      lint(
        DOC +
          '\n## Corrective actions\n\n- [ ] Add an alert.\n\n- **14:10 UTC** - Assumed the database was slow; a dead end.\n',
      ).model,
    );
    const defs = [...flowchart.matchAll(/classDef (\w+) fill:(#[0-9a-f]+),stroke:(#[0-9a-f]+)/gi)];
    assert.ok(defs.length >= 5, flowchart);
    for (const [, name, fill, stroke] of defs) {
      assert.match(
        light,
        new RegExp(`--pm-${name}-fill: ${fill};`, 'i'),
        `the legend's ${name} fill is not the flowchart's (${fill})`,
      );
      assert.match(
        light,
        new RegExp(`--pm-${name}-stroke: ${stroke};`, 'i'),
        `the legend's ${name} stroke is not the flowchart's (${stroke})`,
      );
    }
  });
});

describe('preview drawings kept by the host', () => {
  it('keeps safe drawings by source, drops unsafe or malformed ones, and forgets the oldest beyond its bound', () => {
    const cache = new DrawingCache();
    cache.add([
      { key: 'default|f|14\nflowchart TD\n  a\n', svg: '<svg id="a"></svg>' },
      { key: 'dark|f|14\nflowchart TD\n  a\n', svg: '<svg id="a-dark"></svg>' },
      { key: 'default|f|14\npie\n', svg: '<svg><script>alert(1)</script></svg>' },
      { key: 'no newline', svg: '<svg></svg>' },
      { key: 1, svg: '<svg></svg>' },
      null,
    ]);
    assert.deepStrictEqual(
      cache.for([{ id: '0', kind: 'flowchart', source: 'flowchart TD\n  a\n' }]).map((d) => d.svg),
      ['<svg id="a"></svg>', '<svg id="a-dark"></svg>'],
    );
    assert.deepStrictEqual(cache.for([{ id: '1', kind: 'author', source: 'pie\n' }]), []);
    for (let i = 0; i < 40; i++) cache.add([{ key: `default|f|14\ns${i}`, svg: `<svg id="s${i}"></svg>` }]);
    assert.deepStrictEqual(
      cache.for([{ id: '0', kind: 'flowchart', source: 'flowchart TD\n  a\n' }]),
      [],
      'the oldest are forgotten',
    );
    assert.strictEqual(cache.for([{ id: '2', kind: 'author', source: 's39' }]).length, 1);
  });
});
