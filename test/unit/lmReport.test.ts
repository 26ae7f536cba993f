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
    assert.strictEqual(
      report.counts.error + report.counts.warning + report.counts.information + report.counts.hint,
      result.findings.length,
    );
    const text = toolReportText(report);
    assert.match(
      text.split('\n')[0]!,
      /^Postmortem check of text \(template: ALX 0x19 Postmortem \[alx-0x19\], \d+ words, range 400–600\): 3 errors, \d+ warnings, \d+ infos\.$/,
    );
    assert.match(text, /\n- 5:1 warning PM019\/placeholders: Left-over placeholder "TBD"/);
    assert.strictEqual(
      text.split('\n').length,
      2 + result.findings.length,
      'a verdict, one line per finding, the metrics',
    );
  });

  it('says "no problems found" for a clean result', () => {
    const clean: LintResult = { ...lint(DRAFT), findings: [] };
    assert.match(toolReportText(toolReport(clean, 'x.md')).split('\n')[0]!, /: no problems found\.$/);
  });

  it('carries the incident metrics, in JSON and in a line of text', () => {
    const result = lint(
      '# Outage\n\n## Timeline\n\n- 09:00 UTC - Deploy finished\n- 09:12 UTC - Pager alert fired for errors\n- 09:40 UTC - Full service restored, incident closed\n',
    );
    const report = toolReport(result, 'text');
    assert.deepStrictEqual(report.metrics?.minutes, { ttd: 12, tta: null, ttm: 40, ttr: 40, impact: 40 });
    assert.strictEqual(report.metrics?.milestones.detected?.line, 6);
    assert.match(
      toolReportText(report),
      /\nMetrics \(from impact start\): TTD 12 min, TTA unknown, TTM 40 min, TTR 40 min, impact 40 min\.$/,
    );
  });

  it('caps the listed findings and counts the rest', () => {
    const result = lint(DRAFT);
    const many = { ...result, findings: Array.from({ length: MAX_LISTED_FINDINGS + 7 }, () => result.findings[0]!) };
    const report = toolReport(many, 'big.md');
    assert.deepStrictEqual([report.findings.length, report.omitted], [MAX_LISTED_FINDINGS, 7]);
    assert.match(toolReportText(report), /\n… and 7 more findings\.\n/);
  });
});
