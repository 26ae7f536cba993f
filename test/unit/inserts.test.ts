// Writing the key-metrics table and the gantt into the document: where, idempotent, updated in place, stale when the
// timeline changes, and never read back as the author's own facts.
import * as assert from 'assert';
import {
  applyEdits,
  buildGantt,
  generatedBlocks,
  lint,
  metricsTable,
  planGanttInsert,
  planMetricsInsert,
  readModel,
} from '../../src/core/index';

const DOC = [
  '# Postmortem: checkout errors',
  '',
  '## Issue Summary',
  '',
  'On Tuesday 40% of users could not pay because a config value was wrong.',
  '',
  '## Timeline',
  '',
  '- 09:00 UTC - Deploy of the new checkout config finished',
  '- 09:12 UTC - Pager alert fired for checkout errors',
  '- 09:45 UTC - Rolled back the config; error rate dropped',
  '- 10:30 UTC - Full service restored, incident closed',
  '',
  '## Root cause and resolution',
  '',
  'A config value was wrong.',
  '',
].join('\n');

/** Inserts (or updates) the metrics table; returns the new text and what the plan did. */
function insertMetrics(text: string): { text: string; action: string } {
  const model = readModel(text, { template: 'alx-0x19' });
  const plan = planMetricsInsert(model, model.lines);
  return { text: plan.edit ? applyEdits(text, [plan.edit]) : text, action: plan.action };
}

describe('key-metrics table', () => {
  it('is a Markdown table of the milestones and durations, "—" where unknown', () => {
    assert.strictEqual(
      metricsTable(readModel(DOC, { template: 'alx-0x19' })),
      [
        '| Started | Detected | Mitigated | Resolved | TTD | TTM | TTR |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| 09:00 UTC | 09:12 UTC | 09:45 UTC | 10:30 UTC | 12 min | 45 min | 1 h 30 min |',
        '',
      ].join('\n'),
    );
    const untimed = readModel('# T\n\n## Timeline\n\n- Users reported errors\n- Restarted, site restored\n', {
      template: 'alx-0x19',
    });
    assert.match(metricsTable(untimed), /\| — \| — \| — \| — \| — \| — \| — \|/);
  });

  it('goes under the summary, and inserting it again changes nothing', () => {
    const once = insertMetrics(DOC);
    assert.strictEqual(once.action, 'inserted');
    const lines = once.text.split('\n');
    assert.deepStrictEqual(lines.slice(4, 12), [
      'On Tuesday 40% of users could not pay because a config value was wrong.',
      '',
      '<!-- postmortem:metrics:start -->',
      '| Started | Detected | Mitigated | Resolved | TTD | TTM | TTR |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 09:00 UTC | 09:12 UTC | 09:45 UTC | 10:30 UTC | 12 min | 45 min | 1 h 30 min |',
      '<!-- postmortem:metrics:end -->',
      '',
    ]);
    assert.strictEqual(lines[12], '## Timeline');
    const twice = insertMetrics(once.text);
    assert.strictEqual(twice.action, 'unchanged');
    assert.strictEqual(twice.text, once.text);
  });

  it('is updated in place when the timeline changes, and said to be stale until then', () => {
    const once = insertMetrics(DOC).text;
    const changed = once.replace('09:12 UTC - Pager', '09:20 UTC - Pager');
    const blocks = generatedBlocks(readModel(changed, { template: 'alx-0x19' }), changed.split('\n'));
    assert.deepStrictEqual(
      blocks.map((b) => [b.kind, b.stale]),
      [['metrics', true]],
    );
    const updated = insertMetrics(changed);
    assert.strictEqual(updated.action, 'updated');
    assert.match(updated.text, /\| 09:00 UTC \| 09:20 UTC \| 09:45 UTC \| 10:30 UTC \| 20 min \|/);
    assert.strictEqual(updated.text.match(/postmortem:metrics:start/g)?.length, 1, 'one table');
    assert.deepStrictEqual(
      generatedBlocks(readModel(updated.text, { template: 'alx-0x19' }), updated.text.split('\n')).map((b) => b.stale),
      [false],
    );
  });

  it("is not read back as the summary's own facts (its times state no zone for the summary)", () => {
    const before = lint(DOC, { template: 'alx-0x19' });
    const after = lint(insertMetrics(DOC).text, { template: 'alx-0x19' });
    assert.deepStrictEqual(after.model.summary, before.model.summary);
    assert.deepStrictEqual(
      after.findings.map((f) => f.ruleId),
      before.findings.map((f) => f.ruleId),
    );
  });
});

describe('gantt insert', () => {
  it('goes after the timeline under its own heading, then is left alone', () => {
    const model = readModel(DOC, { template: 'alx-0x19' });
    const plan = planGanttInsert(model, model.lines, buildGantt(model))!;
    const text = applyEdits(DOC, [plan.edit!]);
    assert.match(
      text,
      /- 10:30 UTC - Full service restored, incident closed\n\n<!-- postmortem:gantt:start -->\n## Timeline to scale\n\n```mermaid\ngantt\n/,
    );
    const again = readModel(text, { template: 'alx-0x19' });
    assert.strictEqual(planGanttInsert(again, again.lines, buildGantt(again))!.action, 'unchanged');
  });
  it('has nothing to insert without timed milestones', () => {
    const model = readModel('# T\n\n## Timeline\n\n- Users reported errors\n', { template: 'alx-0x19' });
    assert.strictEqual(planGanttInsert(model, model.lines, buildGantt(model)), undefined);
  });
});
