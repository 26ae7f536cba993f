// Formats CLI results: stylish (for people), json (one object per finding), sarif (for code scanning).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
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
    file,
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    severity: f.severity,
    line: f.range.startLine + 1,
    column: f.range.startColumn + 1,
    endLine: f.range.endLine + 1,
    endColumn: f.range.endColumn + 1,
    message: f.message,
    template,
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
    const w = widest(pos);
    r.findings.forEach((f, i) => {
      count[f.severity]++;
      out.push(`  ${pos[i]!.padEnd(w)}  ${f.severity.padEnd(11)}  ${f.message}  ${f.ruleId}/${f.ruleName}`);
    });
  }
  const total = count.error + count.warning + count.information + count.hint;
  if (total)
    out.push(
      '',
      `✖ ${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.information + count.hint} info)`,
    );
  return out.length ? `${out.join('\n')}\n` : '';
}

/** What --fix fixed in one file it changed (dry run: would fix): a heading, then `line:col  rule  message` per finding. */
export function fixReport(file: string, fixed: CliFinding[], dryRun: boolean): string {
  if (!fixed.length) return `${dryRun ? 'Would change' : 'Changed'} ${file} (its fixes left the findings in place)\n`;
  const pos = fixed.map((f) => `${f.line}:${f.column}`);
  const w = widest(pos);
  const lines = [
    `${dryRun ? 'Would fix' : 'Fixed'} ${fixed.length} problem${fixed.length === 1 ? '' : 's'} in ${file}:`,
  ];
  fixed.forEach((f, i) => lines.push(`  ${pos[i]!.padEnd(w)}  ${f.ruleId}/${f.ruleName}  ${f.message}`));
  return `${lines.join('\n')}\n`;
}

/** The length of the longest string (a loop: spreading 100k+ values into Math.max overflows the stack). */
function widest(texts: readonly string[]): number {
  let w = 0;
  for (const t of texts) if (t.length > w) w = t.length;
  return w;
}

/** A file as a SARIF artifact URI: a relative reference with each path segment percent-encoded, or a file: URL. */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .split(path.sep === '\\' ? /[\\/]/ : '/')
    .map(encodeURIComponent)
    .join('/');
}

/** SARIF 2.1.0 log with one run, the rule table and one result per finding. */
export function sarif(findings: CliFinding[], version: string): string {
  const level = (s: Severity): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem-lint',
            version,
            informationUri: RepositoryUrl,
            rules: ruleMetas.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.description },
              helpUri: `${RuleDocsBase}${r.id}.md`,
              defaultConfiguration: { level: level(r.severity) },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          level: level(f.severity),
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(f.file) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          properties: { template: f.template, ruleName: f.ruleName },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
