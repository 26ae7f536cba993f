// The seed documents give the verdicts a reviewer would give.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits } from './helpers/applyEdits';
import { lint } from '../../src/core/index';

const SEED = path.resolve(__dirname, '../../../test/fixtures/seed');
const read = (f: string): string => fs.readFileSync(path.join(SEED, f), 'utf8');

describe('seed documents', () => {
  it('the raw merged seed is a merge-conflict error (the setext underline is not a marker)', () => {
    const text = read('merged-seed.txt');
    const r = lint(text);
    const markers = r.findings.filter((f) => f.ruleId === 'PM020');
    assert.deepStrictEqual(
      markers.map((f) => f.range.startLine),
      [0, 115, 173],
    );
    assert.ok(markers.every((f) => f.severity === 'error'));
    assert.ok(!markers.some((f) => f.range.startLine === 2), 'line 3 "================" is a setext underline');
    const keepIncoming = markers[0]!.alternativeFixes![0]!;
    const resolved = applyEdits(text, keepIncoming.edits);
    assert.ok(resolved.startsWith('# Incident Report: Outage of XYZ Online Payment System\n'));
    const after = lint(resolved);
    assert.strictEqual(after.template.id, 'incident-report');
    assert.ok(!after.findings.some((f) => f.ruleId === 'PM020'));
  });
  it('the incident report example is recognised as incident-report, sections all matched', () => {
    const r = lint(read('incident-report-example.md'));
    assert.strictEqual(r.template.id, 'incident-report');
    assert.strictEqual(r.templateSource, 'match');
    assert.strictEqual(r.model.sections.filter((s) => s.templateSectionId).length, 10);
    // Two left-over placeholders; the team alerted right after detection is the page, not an escalation (PM015); two
    // action items owned by a team alone, as advice (PM018, information).
    assert.deepStrictEqual(r.findings.map((f) => `${f.ruleId} ${f.severity}`).sort(), [
      'PM015 information',
      'PM018 information',
      'PM018 information',
      'PM019 warning',
      'PM019 warning',
    ]);
    assert.deepStrictEqual(
      r.model.tasks.map((t) => t.ownerKind),
      ['team', 'team', 'person'],
    );
    assert.strictEqual(r.model.timeline!.entries.length, 6);
    assert.strictEqual(r.model.summary.start?.hour, 9);
    assert.strictEqual(r.model.summary.end?.minute, 47);
    assert.strictEqual(r.model.tasks.length, 3);
    assert.ok(r.model.tasks.every((t) => t.owner && t.deadline));
  });
  it('the assignment text itself is not a postmortem: said once, not as four missing sections', () => {
    const r = lint(read('0x19-postmortem-assignment.md'));
    assert.strictEqual(r.template.id, 'alx-0x19');
    assert.strictEqual(r.model.reading.postmortem, false);
    assert.deepStrictEqual(
      r.findings.map((f) => f.ruleId),
      ['PM024'],
    );
    assert.match(r.findings[0]!.message, /^Does not read as a postmortem: /);
  });
});
