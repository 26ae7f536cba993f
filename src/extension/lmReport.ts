// The language-model tool's answer for a lint result: findings as text for the model and as JSON (no vscode import).
import { metricsReport, type Finding, type LintResult, type MetricsReport } from '../core/index';

/** At most this many findings are listed (a 1 MB document can have thousands); the counts stay complete. */
export const MAX_LISTED_FINDINGS = 200;

/** One finding as the tool reports it: 1-based lines and columns, as the CLI's JSON. */
export interface ToolFinding {
  ruleId: string;
  ruleName: string;
  severity: Finding['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Title of the rule's own fix, when it has one. */
  fix?: string;
}

/** The JSON part of the tool's result. */
export interface ToolReport {
  source: string;
  template: { id: string; title: string; chosenBy: LintResult['templateSource'] };
  words: { count: number; min?: number; max?: number };
  counts: Record<Finding['severity'], number>;
  findings: ToolFinding[];
  /** Findings left out of `findings` beyond MAX_LISTED_FINDINGS. */
  omitted?: number;
  /** The incident metrics: milestones (1-based lines) and TTD, TTA, TTM, TTR and impact in minutes (null when unknown). */
  metrics?: MetricsReport;
}

/** Builds the report of a lint result for `source` (a file URI or "text"). */
export function toolReport(result: LintResult, source: string): ToolReport {
  const counts: ToolReport['counts'] = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const range = result.template.wordRange;
  const report: ToolReport = {
    source,
    template: { id: result.template.id, title: result.template.title, chosenBy: result.templateSource },
    words: { count: result.model.words, ...(range ? { min: range.min, max: range.max } : {}) },
    counts,
    findings: result.findings.slice(0, MAX_LISTED_FINDINGS).map((f) => ({
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      message: f.message,
      line: f.range.startLine + 1,
      column: f.range.startColumn + 1,
      endLine: f.range.endLine + 1,
      endColumn: f.range.endColumn + 1,
      ...(f.fix ? { fix: f.fix.title } : {}),
    })),
  };
  if (result.findings.length > MAX_LISTED_FINDINGS) report.omitted = result.findings.length - MAX_LISTED_FINDINGS;
  report.metrics = metricsReport(result.model);
  return report;
}

/** The report as text a model (or a person) reads: a verdict line, then one line per finding. */
export function toolReportText(report: ToolReport): string {
  const { counts, words, template } = report;
  const range = words.min !== undefined ? `, range ${words.min}–${words.max}` : '';
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const lines = [
    `Postmortem check of ${report.source} (template: ${template.title} [${template.id}], ${words.count} words${range}): ` +
      (total
        ? `${counts.error} errors, ${counts.warning} warnings, ${counts.information + counts.hint} infos.`
        : 'no problems found.'),
  ];
  for (const f of report.findings)
    lines.push(
      `- ${f.line}:${f.column} ${f.severity} ${f.ruleId}/${f.ruleName}: ${f.message}${f.fix ? ` (fix: ${f.fix})` : ''}`,
    );
  if (report.omitted) lines.push(`… and ${report.omitted} more findings.`);
  if (report.metrics) {
    const m = report.metrics.minutes;
    const say = (name: string, v: number | null): string => `${name} ${v === null ? 'unknown' : `${v} min`}`;
    lines.push(
      `Metrics (from impact start): ${say('TTD', m.ttd)}, ${say('TTA', m.tta)}, ${say('TTM', m.ttm)}, ${say('TTR', m.ttr)}, ${say('impact', m.impact)}` +
        (report.metrics.unknown.length ? ` (unknown because ${report.metrics.unknown.join('; ')})` : '') +
        '.',
    );
  }
  return lines.join('\n');
}
