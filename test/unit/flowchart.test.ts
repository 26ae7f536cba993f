// Unit tests of the incident flowchart: the story it tells, and that any text yields valid, inert Mermaid.
import * as assert from 'assert';
import {
  buildFlowchart,
  flowchartDirection,
  flowchartLegend,
  flowchartModel,
  readModel,
  renderFlowchart,
} from '../../src/core/index';
import { ASSIGNMENT_TIMELINE, SEED_TIMELINE, docWith, entries } from './flowchartDocs';
import { assertValidFlowchart } from './mermaidShape';

const kinds = (src: ReturnType<typeof flowchartModel>): string[] => src.nodes.map((n) => n.kind);

describe('buildFlowchart', () => {
  it("tells the seed incident report's story with its duration", () => {
    const doc = docWith(entries(SEED_TIMELINE), [], 75);
    const model = flowchartModel(doc);
    assert.deepStrictEqual(kinds(model), [
      'detection',
      'how',
      'escalation',
      'investigation',
      'mitigation',
      'mitigation',
      'resolution',
    ]);
    assert.strictEqual(model.nodes[1]!.text, 'Monitoring alert');
    const src = buildFlowchart(doc);
    assertValidFlowchart(src, model.nodes.length);
    assert.match(src, /^flowchart TD\n/);
    assert.match(
      src,
      /subgraph incident \["Incident · 1 h 15 min"\]\n {4}direction TB\n/,
      'the subgraph keeps the top-down direction',
    );
    assert.match(src, /n0\(\["09:32 · Outage detected by monitoring systems\."\]\)/, 'labels read as written');
    assert.match(src, /n0 -->\|"hand-off · \+3 min"\| n1/, 'the escalation is a hand-off, with the time it took');
    assert.match(src, /n4 ==>\|"\+27 min"\| n5/, 'the resolution is reached by a thick edge');
    assert.match(src, /n5\(\["10:47 · ✓ Full system restoration/);
    assert.match(src, /class n5 resolution/);
    assert.match(src, /classDef resolution [^\n]*stroke-width:3px/, 'the resolution is drawn heavier');
    assert.doesNotMatch(src, /classDef (?:misleading|task|cause)/, 'only the classes it uses');
  });

  it("draws an assignment postmortem's misleading path as a dead-end branch and its tasks after the resolution", () => {
    const doc = docWith(entries(ASSIGNMENT_TIMELINE), ['Add a config linter to CI', 'Alert on uneven load balancing']);
    const model = flowchartModel(doc);
    assert.deepStrictEqual(kinds(model), [
      'detection',
      'how',
      'investigation',
      'misleading',
      'escalation',
      'investigation',
      'investigation',
      'mitigation',
      'mitigation',
      'resolution',
      'task',
      'task',
    ]);
    const edges = model.edges.map((e) => `${e.from}${e.style === 'dashed' ? '-.->' : '-->'}${e.to}`);
    assert.ok(edges.includes('n1-.->n2'), 'dead end branches off the step before it');
    assert.ok(edges.includes('n1-->n3'), 'the main chain continues from the step before the dead end');
    assert.ok(!edges.some((e) => e.startsWith('n2-->')), 'nothing continues from the dead end');
    assert.ok(edges.includes('n8-->t0'), 'tasks hang off the resolution');
    assert.ok(
      model.edges.some((e) => e.from === 't0' && e.to === 't1' && e.style === 'invisible'),
      'tasks stack in a column',
    );
    assert.strictEqual(model.durationMinutes, 180, 'duration falls back to the last elapsed time');
    const src = buildFlowchart(doc);
    assertValidFlowchart(src, model.nodes.length);
    assert.match(src, /n1 -\.->\|"dead end"\| n2/);
    assert.match(src, /n2\["14:15 · ✗ Misleading path/);
    assert.match(src, /subgraph actions \["Corrective actions"\]/);
  });

  it('draws a plain chronological chain when nothing can be classified', () => {
    const doc = docWith(entries(['10:00 Coffee', '10:05 Biscuits', '10:10 Tea']));
    const model = flowchartModel(doc);
    assert.strictEqual(model.classified, false);
    assert.deepStrictEqual(kinds(model), ['other', 'other', 'other']);
    const src = buildFlowchart(doc);
    assertValidFlowchart(src, 3);
    assert.doesNotMatch(src, /classDef/);
    assert.match(src, /n0 -->\|"\+5 min"\| n1\n {2}n1 -->\|"\+5 min"\| n2/);
  });

  it('draws untimed timelines: bullets, numbered steps, lines and a table of steps', () => {
    const shapes = [
      ['- Users reported errors', '- Engineer checked the logs', '- Restarted nginx, site restored'],
      ['1. Users reported errors', '2. Engineer checked the logs', '3. Restarted nginx, site restored'],
      ['Users reported errors.', 'Engineer checked the logs.', 'Restarted nginx, site restored.'],
      [
        '| Step | What happened |',
        '| --- | --- |',
        '| 1 | Users reported errors |',
        '| 2 | Engineer checked the logs |',
        '| 3 | Restarted nginx, site restored |',
      ],
    ];
    for (const timeline of shapes) {
      const doc = docWith(timeline);
      const model = flowchartModel(doc);
      assert.deepStrictEqual(
        kinds(model).filter((k) => k !== 'how'),
        ['detection', 'investigation', 'resolution'],
        timeline[0],
      );
      assert.ok(!model.edges.some((e) => e.label?.startsWith('+')), 'no elapsed time without times');
      assertValidFlowchart(buildFlowchart(doc), model.nodes.length);
    }
  });

  it('keeps a placeholder time and milestone markers out of the labels', () => {
    const src = buildFlowchart(
      docWith(['- **HH:MM UTC** - Outage detected by monitoring', '- **HH:MM UTC** - [resolved] Service restored']),
    );
    assert.match(src, /n0\(\["Outage detected by monitoring"\]\)/);
    assert.match(src, /n1\(\["✓ Service restored"\]\)/);
  });

  it('puts the root cause over the corrective tasks, under the story', () => {
    const doc = readModel(
      [
        '# T',
        '',
        '## Issue Summary',
        '',
        'The root cause was an expired TLS certificate on the load balancer.',
        '',
        '## Timeline',
        '',
        ...entries(SEED_TIMELINE),
        '',
        '## Corrective and preventative measures',
        '',
        '- [ ] Alert 14 days before a certificate expires',
        '- [ ] Renew certificates automatically',
        '',
      ].join('\n'),
      { template: 'alx-0x19' },
    );
    const model = flowchartModel(doc);
    const cause = model.nodes.find((n) => n.kind === 'cause');
    assert.match(cause?.text ?? '', /^Root cause: .*expired TLS certificate/);
    const edges = model.edges.map(
      (e) => `${e.from}${{ solid: '-->', dashed: '-.->', thick: '==>', invisible: '~~~' }[e.style]}${e.to}`,
    );
    assert.ok(
      edges.includes('n5~~~cause') && edges.includes('cause-->t0') && edges.includes('t0~~~t1'),
      edges.join(' '),
    );
    const src = buildFlowchart(doc);
    assert.match(src, /subgraph actions \["Root cause and corrective actions"\]/);
    assert.match(src, /cause\[\["Root cause: /);
    assertValidFlowchart(src, model.nodes.length);
  });

  it('gives the legend of the colours it uses, from the same data as its classDefs', () => {
    const all = flowchartLegend();
    assert.deepStrictEqual(
      all.map((l) => l.kind),
      ['detection', 'investigation', 'misleading', 'escalation', 'mitigation', 'resolution', 'cause', 'task'],
    );
    const model = flowchartModel(docWith(entries(SEED_TIMELINE)));
    const used = flowchartLegend(model);
    assert.deepStrictEqual(
      used.map((l) => l.kind),
      ['detection', 'investigation', 'escalation', 'mitigation', 'resolution'],
    );
    const src = renderFlowchart(model);
    for (const l of used)
      assert.ok(src.includes(`classDef ${l.kind} fill:${l.fill},stroke:${l.stroke},color:${l.color}`), l.kind);
    assert.deepStrictEqual(
      flowchartLegend(flowchartModel(docWith(entries(['10:00 Coffee', '10:05 Tea'])))),
      [],
      'no legend for an unclassified chain',
    );
  });

  it('reads top-down unless the whole diagram is two nodes or fewer', () => {
    assert.strictEqual(flowchartDirection(flowchartModel(docWith(entries(SEED_TIMELINE)))), 'TD');
    assert.strictEqual(flowchartDirection(flowchartModel(docWith(entries(['10:00 Coffee', '10:05 Tea'])))), 'LR');
    assert.strictEqual(
      flowchartDirection(flowchartModel(docWith(entries(['10:00 Coffee', '10:05 Tea', '10:10 Biscuits'])))),
      'TD',
    );
    assert.match(
      buildFlowchart(docWith(entries(SEED_TIMELINE)), { direction: 'LR' }),
      /^flowchart LR\n[\s\S]*\n {4}direction LR\n/,
    );
  });

  it('returns an empty string for an empty timeline without tasks', () => {
    assert.strictEqual(buildFlowchart(docWith([])), '');
  });

  it('draws only the tasks when there is no timeline', () => {
    const src = buildFlowchart(docWith([], ['Patch Nginx']));
    assertValidFlowchart(src, 1, 'LR');
    assert.doesNotMatch(src, /subgraph incident/);
  });

  it('draws a single entry', () => {
    const doc = docWith(entries(['Something broke']));
    assertValidFlowchart(buildFlowchart(doc), flowchartModel(doc).nodes.length, 'LR');
  });

  it('folds hundreds of entries, keeping the first, the last and the key moments, deterministically', () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) =>
        `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} ` +
        (i === 0
          ? 'Alert fired'
          : i === 250
            ? 'Escalated to the SRE team'
            : i === 499
              ? 'Service fully restored'
              : `Checked host ${i}`),
    );
    const doc = docWith(
      entries(rows),
      Array.from({ length: 20 }, (_, i) => `Task ${i}`),
    );
    const model = flowchartModel(doc);
    const drawn = model.nodes.filter((n) => n.line !== undefined && n.kind !== 'task').map((n) => n.line! - 8);
    assert.ok(drawn.length <= 40, `at most 40 entries drawn, got ${drawn.length}`);
    assert.ok(drawn.includes(0) && drawn.includes(250) && drawn.includes(499));
    assert.ok(model.nodes.some((n) => n.kind === 'gap' && /more entries/.test(n.text)));
    assert.strictEqual(model.nodes.filter((n) => n.kind === 'task').length, 8);
    assert.ok(model.nodes.some((n) => n.kind === 'more' && n.text === '+ 12 more tasks'));
    const src = buildFlowchart(doc);
    assertValidFlowchart(src, model.nodes.length);
    assert.strictEqual(buildFlowchart(doc), src, 'deterministic');
    assert.ok(src.length < 20000, `stays well under Mermaid's maxTextSize (${src.length})`);
  });

  it('escapes quotes, brackets, HTML, backticks, directives and Mermaid syntax in any text', () => {
    const hostile = [
      '09:00 "Quoted" alert fired <script>window.__pwned=1</script>',
      '09:01 [brackets] {braces} (parens) |pipes| ; semi # hash % pct & amp',
      '09:02 `code` and ```fences``` and %%{init: {"securityLevel": "loose"}}%%',
      '09:03 click n0 call alert(1)\nend\nsubgraph x',
      '09:04 <img src=x onerror="window.__pwned=1"> style: #35; classDef x fill:#f00;',
      '09:05 emoji 🔥 and RTL \u202e and NUL \u0000 and tab\tdone',
      '09:06 Service restored -->|x| n99 ==> n0',
    ];
    const doc = docWith(entries(hostile), ['Fix "quotes" <b>now</b> `please`']);
    const model = flowchartModel(doc);
    const src = buildFlowchart(doc);
    assertValidFlowchart(src, model.nodes.length);
    assert.doesNotMatch(src, /<|`|%%|\u202e/, 'no raw HTML, backticks, directives or bidi controls');
    assert.ok(!src.includes('\0'), 'no NUL');
    assert.match(src, /#quot;Quoted#quot; alert fired/, 'quotes escaped');
    assert.match(src, /\{braces\} \(parens\) \|pipes\| ; semi # hash % pct & amp/, 'the rest kept as written');
    assert.match(src, /Service restored -->\|x\| n99 ==> n0/, 'arrows stay inside the label');
    assert.doesNotMatch(src, /^\s*(click|style)\b/m, 'no statement comes from the text');
  });

  it('shortens only labels that would not fit in a few lines, at a word boundary', () => {
    const long = '09:00 ' + 'word '.repeat(40);
    const src = buildFlowchart(docWith(entries([long])), { labelLength: 30 });
    const label = /n0\[?\(?\[?"([^"]*)"/.exec(src)![1]!;
    assert.ok(label.endsWith('…'), label);
    assert.ok(label.length <= 30, label);
    const text = 'The back-end developer generated a dump from the replica and imported it into the primary';
    assert.ok(
      buildFlowchart(docWith(entries([`09:00 ${text}`]))).includes(`${text}"`),
      'a 90-character entry is drawn whole (Mermaid wraps it)',
    );
  });
});
