// Formats CLI results: stylish (for people), json (one object per finding), sarif (for code scanning).
import { ruleMetas, type Finding, type Severity } from '../core/index';
import { RepositoryUrl, RuleDocsBase } from '../shared/ids';

/** One finding as the CLI reports it (1-based lines and columns). */
export interface CliFinding {
  file: string;
  ruleId: string;
  ruleName: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  template: string;
}

/** Converts a core finding (0-based) to the CLI's 1-based shape. */
export function toCliFinding(file: string, template: string, f: Finding): CliFinding {
  return {
    file, ruleId: f.ruleId, ruleName: f.ruleName, severity: f.severity,
    line: f.range.startLine + 1, column: f.range.startColumn + 1, endLine: f.range.endLine + 1, endColumn: f.range.endColumn + 1,
    message: f.message, template,
  };
}

/** ESLint-like text: per file, `line:col  severity  message  rule`, then a total. */
export function stylish(results: Array<{ file: string; template: string; findings: CliFinding[] }>): string {
  const out: string[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (!r.findings.length) continue;
    out.push('', `${r.file}  (template: ${r.template})`);
    const pos = r.findings.map((f) => `${f.line}:${f.column}`);
    const w = Math.max(...pos.map((p) => p.length));
    r.findings.forEach((f, i) => {
      count[f.severity]++;
      out.push(`  ${pos[i]!.padEnd(w)}  ${f.severity.padEnd(11)}  ${f.message}  ${f.ruleId}/${f.ruleName}`);
    });
  }
  const total = count.error + count.warning + count.information + count.hint;
  if (total) out.push('', `✖ ${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.information + count.hint} info)`);
  return out.length ? `${out.join('\n')}\n` : '';
}

/** SARIF 2.1.0 log with one run, the rule table and one result per finding. */
export function sarif(findings: CliFinding[], version: string): string {
  const level = (s: Severity): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'postmortem-lint', version, informationUri: RepositoryUrl,
          rules: ruleMetas.map((r) => ({ id: r.id, name: r.name, shortDescription: { text: r.description }, helpUri: `${RuleDocsBase}${r.id}.md`, defaultConfiguration: { level: level(r.severity) } })),
        },
      },
      results: findings.map((f) => ({
        ruleId: f.ruleId, level: level(f.severity), message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file.split('\\').join('/') }, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
        properties: { template: f.template, ruleName: f.ruleName },
      })),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
