// The language-model tool's report: 1-based findings, counts, a cap on listed findings, metrics only when present.
import * as assert from 'assert';
import { lint } from '../../src/core';
import type { LintResult } from '../../src/core/types';
import { MAX_LISTED_FINDINGS, toolReport, toolReportText } from '../../src/extension/lmReport';

const DRAFT = '# Postmortem: login outage\n\n## Issue Summary\n\nTBD\n';

describe('language-model tool report', () => {
  it('lists the findings 1-based with counts, and says so in one line per finding', () => {
    const result = lint(DRAFT);
    const report = toolReport(result, 'text');
    assert.strictEqual(report.findings.length, result.findings.length);
    const tbd = report.findings.find((f) => f.ruleId === 'PM019')!;
    assert.deepStrictEqual([tbd.line, tbd.column], [5, 1]);
    assert.strictEqual(report.counts.error + report.counts.warning + report.counts.information + report.counts.hint, result.findings.length);
    const text = toolReportText(report);
    assert.match(text.split('\n')[0]!, /^Postmortem check of text \(template: ALX 0x19 Postmortem \[alx-0x19\], \d+ words, range 400–600\): 3 errors, \d+ warnings, \d+ infos\.$/);
    assert.match(text, /\n- 5:1 warning PM019\/placeholders: Left-over placeholder "TBD"/);
    assert.strictEqual(text.split('\n').length, 1 + result.findings.length);
  });

  it('says "no problems found" for a clean result', () => {
    const clean: LintResult = { ...lint(DRAFT), findings: [] };
    assert.match(toolReportText(toolReport(clean, 'x.md')), /: no problems found\.$/);
  });

  it('has a metrics field only when the lint result carries metrics', () => {
    const result = lint(DRAFT);
    assert.ok(!('metrics' in toolReport(result, 'text')));
    const withMetrics = { ...result, metrics: { durationMinutes: 30 } } as LintResult;
    assert.deepStrictEqual(toolReport(withMetrics, 'text').metrics, { durationMinutes: 30 });
    assert.match(toolReportText(toolReport(withMetrics, 'text')), /\nMetrics: \{"durationMinutes":30\}$/);
  });

  it('caps the listed findings and counts the rest', () => {
    const result = lint(DRAFT);
    const many = { ...result, findings: Array.from({ length: MAX_LISTED_FINDINGS + 7 }, () => result.findings[0]!) };
    const report = toolReport(many, 'big.md');
    assert.deepStrictEqual([report.findings.length, report.omitted], [MAX_LISTED_FINDINGS, 7]);
    assert.match(toolReportText(report), /\n… and 7 more findings\.$/);
  });
});
