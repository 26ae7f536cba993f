// Unit tests of the flowchart's parts: phase heuristics, label escaping, insertion into the document.
import * as assert from 'assert';
import { classifyTimeline, detectionMethod, planFlowchartInsert, readModel, type Phase } from '../../src/core/index';
import { escapeLabel, plainText, withoutPlaceholderTime } from '../../src/core/story/mermaidText';

describe('flowchart: phases read in context', () => {
  const story: Array<[string, Phase]> = [
    ['Deploy of the search indexer begins', 'other'],
    ['Pager alert fired for high error rates on checkout', 'detection'],
    ['On-call engineer checked the application logs', 'investigation'],
    ['Assumed the payment provider was down', 'misleading'],
    ['Restarted the API pods, but the errors persisted', 'misleading'],
    ['Escalated to the database team', 'escalation'],
    ['The DBA found the connection pool exhausted by a bad config', 'investigation'],
    ['Rolled back the config change; the error rate dropped', 'mitigation'],
    ['Full service restored and the incident closed', 'resolution'],
    ['The team met for the postmortem review', 'other'],
  ];
  it('one detection, one resolution, dead ends and hand-offs', () => {
    assert.deepStrictEqual(
      classifyTimeline(story.map(([text]) => ({ text }))),
      story.map(([, p]) => p),
    );
  });
  it('an earlier "service restored" before the final all-clear is mitigation', () => {
    const phases = classifyTimeline(
      [
        'Monitoring alert on latency',
        'Rolled back the release',
        'Service restored',
        'Monitoring confirmed stability; incident closed',
      ].map((text) => ({ text })),
    );
    assert.deepStrictEqual(phases, ['detection', 'mitigation', 'mitigation', 'resolution']);
  });
  it('a final fix nothing confirms is the resolution', () => {
    const phases = classifyTimeline(
      ['Users reported 500 errors', 'Checked the web server logs', 'Renamed the misspelt file on every server'].map(
        (text) => ({ text }),
      ),
    );
    assert.deepStrictEqual(phases, ['detection', 'investigation', 'resolution']);
  });
  it('says how the issue was detected', () => {
    assert.strictEqual(detectionMethod('Datadog alert fired'), 'monitoring');
    assert.strictEqual(detectionMethod('Users reported errors'), 'customer');
    assert.strictEqual(detectionMethod('An engineer noticed slow pages'), 'engineer');
    assert.strictEqual(detectionMethod('It began'), undefined);
  });
});

describe('flowchart: labels', () => {
  it('escapes only what Mermaid reads inside a quoted label, and keeps the rest readable', () => {
    const table: Array<[string, string]> = [
      ['a "b" <c> [d] `e`', 'a #quot;b#quot; #lt;c> [d] #96;e#96;'],
      ['06:58 · Datadog alert: p99 > 2s; #ops', '06:58 · Datadog alert: p99 > 2s; #ops'],
      ['entity #35; and &amp; and &#60; stay text', 'entity #35;35; and #amp;amp; and #amp;#35;60; stay text'],
      [
        '%%{init: {"theme":"dark"}}%% and 50% off',
        '#37;%{init: {#quot;theme#quot;:#quot;dark#quot;}}#37;% and 50% off',
      ],
      ['a --> b ==> c; d |e| (f) {g}', 'a --> b ==> c; d |e| (f) {g}'],
      ['line\nbreak\ttab', 'line break tab'],
      ['café 🔥 ✓', 'café 🔥 ✓'],
      ['rtl \u202egnp.exe and zero\u200bwidth', 'rtl gnp.exe and zerowidth'],
      ['style n0 fill:#f00;', 'style n0 fill#58;#35;f00#59;'],
    ];
    for (const [input, want] of table) assert.strictEqual(escapeLabel(input), want, input);
  });
  it('drops a placeholder time the author has not filled in', () => {
    assert.strictEqual(
      withoutPlaceholderTime('HH:MM UTC** - Outage detected by monitoring'),
      'Outage detected by monitoring',
    );
    assert.strictEqual(withoutPlaceholderTime('XX:XX - Rollback'), 'Rollback');
    assert.strictEqual(withoutPlaceholderTime('[time] - Paged the on-call'), 'Paged the on-call');
    assert.strictEqual(withoutPlaceholderTime('Hashing broke at 10:00'), 'Hashing broke at 10:00');
  });
  it('drops Markdown markup', () => {
    assert.strictEqual(plainText('**Bold** and `code` and [link](http://x) and _em_'), 'Bold and code and link and em');
  });
});

describe('flowchart: insert into the document', () => {
  const FLOW = 'flowchart TD\n  n0["a"]\n';
  const apply = (lines: string[], plan: ReturnType<typeof planFlowchartInsert>): string[] => {
    if (!plan.edit) return lines;
    const { range, newText } = plan.edit;
    const before =
      lines.slice(0, range.startLine).join('\n') +
      (range.startLine > 0 ? '\n' : '') +
      lines[range.startLine]!.slice(0, range.startColumn);
    const after =
      (lines[range.endLine] ?? '').slice(range.endColumn) +
      (range.endLine + 1 < lines.length ? '\n' + lines.slice(range.endLine + 1).join('\n') : '');
    return (before + newText + after).split('\n');
  };

  it('adds a Flowchart section after the timeline, then updates it in place', () => {
    const lines = ['# Postmortem', '', '## Timeline', '- 10:00 a', '', '## Root cause', 'x', ''];
    const doc = readModel(lines.join('\n'));
    const first = planFlowchartInsert(doc, lines, FLOW);
    assert.strictEqual(first.action, 'inserted');
    const once = apply(lines, first);
    assert.deepStrictEqual(once.slice(2, 15), [
      '## Timeline',
      '- 10:00 a',
      '',
      '<!-- postmortem:flowchart:start -->',
      '## Flowchart',
      '',
      '```mermaid',
      'flowchart TD',
      '  n0["a"]',
      '```',
      '<!-- postmortem:flowchart:end -->',
      '',
      '## Root cause',
    ]);
    assert.deepStrictEqual([first.startLine, first.endLine], [5, 13]);
    const again = planFlowchartInsert(doc, once, FLOW);
    assert.strictEqual(again.action, 'unchanged');
    assert.strictEqual(again.edit, null);
    const changed = planFlowchartInsert(doc, once, 'flowchart TD\n  n0["b"]\n');
    assert.strictEqual(changed.action, 'updated');
    const twice = apply(once, changed);
    assert.strictEqual(twice.length, once.length);
    assert.strictEqual(twice.filter((l) => l.includes('flowchart:start')).length, 1);
    assert.ok(twice.includes('  n0["b"]'));
  });

  it('fills an existing diagram section without adding a heading', () => {
    const lines = ['# Incident', '## Flowchart Diagram', '![old](diagram.png)', ''];
    const plan = planFlowchartInsert(readModel(lines.join('\n')), lines, FLOW);
    const out = apply(lines, plan);
    assert.deepStrictEqual(out.slice(1, 5), [
      '## Flowchart Diagram',
      '',
      '<!-- postmortem:flowchart:start -->',
      '```mermaid',
    ]);
    assert.ok(!out.includes('## Flowchart'));
    assert.ok(out.includes('![old](diagram.png)'));
  });

  it('appends at the end when there is no timeline', () => {
    const lines = ['# Incident', 'text'];
    const out = apply(lines, planFlowchartInsert(readModel(lines.join('\n')), lines, FLOW));
    assert.deepStrictEqual(out.slice(0, 4), ['# Incident', 'text', '', '<!-- postmortem:flowchart:start -->']);
    assert.strictEqual(out[out.length - 1], '');
  });
});
