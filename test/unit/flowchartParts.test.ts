// Unit tests of the flowchart's parts: phase heuristics, label escaping, insertion into the document.
import * as assert from 'assert';
import { phaseOf, detectionMethod } from '../../src/core/classify';
import { planFlowchartInsert } from '../../src/core/flowchartInsert';
import { escapeLabel, plainText } from '../../src/core/mermaidText';
import type { PostmortemDocument, Section } from '../../src/core/types';
import { docWith } from './flowchartDocs';

describe('flowchart: phases', () => {
  const cases: Array<[string, ReturnType<typeof phaseOf>]> = [
    ['Outage detected by monitoring systems.', 'detection'],
    ['A customer complained on Twitter', 'detection'],
    ['Incident response team alerted.', 'escalation'],
    ['Escalated to the database team', 'escalation'],
    ['Assumed a database bottleneck', 'misleading'],
    ['Restarted Apache, no effect', 'misleading'],
    ['Checked the Nginx logs', 'investigation'],
    ['Rolled back the deploy', 'mitigation'],
    ['System functionality partially restored.', 'mitigation'],
    ['Full system restoration confirmed', 'resolution'],
    ['Coffee', 'other'],
  ];
  for (const [text, phase] of cases) it(`"${text}" → ${phase}`, () => assert.strictEqual(phaseOf(text), phase));
  it('says how the issue was detected', () => {
    assert.strictEqual(detectionMethod('Datadog alert fired'), 'monitoring');
    assert.strictEqual(detectionMethod('Users reported errors'), 'customer');
    assert.strictEqual(detectionMethod('An engineer noticed slow pages'), 'engineer');
    assert.strictEqual(detectionMethod('It began'), undefined);
  });
});

describe('flowchart: labels', () => {
  it('escapes every character Mermaid could read as syntax', () => {
    assert.strictEqual(escapeLabel('a "b" <c> [d] `e` #f; %g |h|'), 'a #34;b#34; #60;c#62; #91;d#93; #96;e#96; #35;f#59; #37;g #124;h#124;');
    assert.strictEqual(escapeLabel('line\nbreak'), 'line break');
    assert.strictEqual(escapeLabel('café 🔥'), 'café #128293;');
  });
  it('drops Markdown markup', () => {
    assert.strictEqual(plainText('**Bold** and `code` and [link](http://x) and _em_'), 'Bold and code and link and em');
  });
});

describe('flowchart: insert into the document', () => {
  const FLOW = 'flowchart TD\n  n0["a"]\n';
  const section = (title: string, headingLine: number, endLine: number): Section =>
    ({ title, rawTitle: title, level: 2, style: 'atx', headingLine, bodyStartLine: headingLine + 1, endLine });
  const withSections = (sections: Section[], timelineSection?: number): PostmortemDocument =>
    ({ ...docWith([]), sections, ...(timelineSection !== undefined ? { timelineSection } : {}) });
  const apply = (lines: string[], plan: ReturnType<typeof planFlowchartInsert>): string[] => {
    if (!plan.edit) return lines;
    const { range, newText } = plan.edit;
    const before = lines.slice(0, range.startLine).join('\n') + (range.startLine > 0 ? '\n' : '') + lines[range.startLine]!.slice(0, range.startColumn);
    const after = (lines[range.endLine] ?? '').slice(range.endColumn) + (range.endLine + 1 < lines.length ? '\n' + lines.slice(range.endLine + 1).join('\n') : '');
    return (before + newText + after).split('\n');
  };

  it('adds a Flowchart section after the timeline, then updates it in place', () => {
    const lines = ['# Postmortem', '', '## Timeline', '- 10:00 a', '', '## Root cause', 'x', ''];
    const doc = withSections([section('Timeline', 2, 5), section('Root cause', 5, 8)], 0);
    const first = planFlowchartInsert(doc, lines, FLOW);
    assert.strictEqual(first.action, 'inserted');
    const once = apply(lines, first);
    assert.deepStrictEqual(once.slice(2, 15), ['## Timeline', '- 10:00 a', '', '<!-- postmortem:flowchart:start -->', '## Flowchart', '',
      '```mermaid', 'flowchart TD', '  n0["a"]', '```', '<!-- postmortem:flowchart:end -->', '', '## Root cause']);
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
    const plan = planFlowchartInsert(withSections([section('Flowchart Diagram', 1, 4)]), lines, FLOW);
    const out = apply(lines, plan);
    assert.deepStrictEqual(out.slice(1, 5), ['## Flowchart Diagram', '', '<!-- postmortem:flowchart:start -->', '```mermaid']);
    assert.ok(!out.includes('## Flowchart'));
    assert.ok(out.includes('![old](diagram.png)'));
  });

  it('appends at the end when there is no timeline', () => {
    const lines = ['# Incident', 'text'];
    const out = apply(lines, planFlowchartInsert(withSections([]), lines, FLOW));
    assert.deepStrictEqual(out.slice(0, 4), ['# Incident', 'text', '', '<!-- postmortem:flowchart:start -->']);
    assert.strictEqual(out[out.length - 1], '');
  });
});
