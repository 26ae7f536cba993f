// The CLI's arguments: parsed and checked up front, so every mistake is one clear usage error (exit 2).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  allRules,
  getRule,
  getTemplate,
  loadConfig as readConfig,
  type BlamelessConfig,
  type LintOptions,
  type Severity,
  type Template,
} from '../core/index';
import { readRegularFile } from './files';
import { decodeSource } from './source';

export const VERSION = '0.1.0';

export const USAGE = `Usage: postmortem-lint [options] <files, directories or globs...>

Lints incident postmortems written in Markdown.

Options:
  --template <id>          Use this template for every file (alx-0x19, incident-report, google-sre, atlassian, gitlab-rca, or a custom id)
  --default-template <id>  Template when a file neither names one nor matches one (default: alx-0x19)
  --config <file>          Custom templates (.postmortem.json; default: ./.postmortem.json when present)
  --format <name>          stylish (default), json or sarif
  --max-warnings <n>       Exit 1 when there are more than n warnings
  --rule <id=severity>     Override a rule: PM003=error, timeline-timezone=off (repeatable; ids and names in any case)
  --fix                    Apply the safe fixes (as the editor's Fix All) to the files in place, and say what was fixed
  --fix-dry-run            Print the fixes as a unified diff; change nothing
  --report json            Print what was read instead of findings: per file its template, sections, timeline
                           entries (with their phase in the incident's story), tasks and incident metrics
                           (milestones; TTD, TTA, TTM, TTR and impact in minutes), as a JSON array
  --report summary         Print the incident metrics across every postmortem found: count, median and p90 of
                           TTD, TTM and TTR by template (with --format json, as JSON)
  --report followups       Print the open action items of every postmortem instead of findings: a table with owner,
                           due date and overdue, or with --format json one object per item
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no error-level findings, 1 error-level findings (or too many warnings), 2 usage or I/O error, or a rule
that failed. With --fix, the findings that remain after fixing count.`;

export type Format = 'stylish' | 'json' | 'sarif';
const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];
const SEVERITIES: ReadonlyArray<Severity | 'off'> = ['error', 'warning', 'information', 'hint', 'off'];

/** Thrown for usage problems (exit 2, with a pointer to --help). */
export class UsageError extends Error {}

/** What to do, from the arguments. */
export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'lint'; options: CliOptions };

/** A lint run, fully checked. */
export interface CliOptions {
  patterns: string[];
  format: Format;
  /** -1: no limit. */
  maxWarnings: number;
  lint: LintOptions;
  fix: 'off' | 'write' | 'dry-run';
  /** Print the model report (`--report json`), the metrics across files (`--report summary`) or the open action items
   * (`--report followups`) instead of findings. */
  report?: 'json' | 'summary' | 'followups';
}

/** Parses `argv` (without node and the script); throws UsageError for any mistake. */
export function parseCommand(argv: string[], cwd: string): Command {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      template: { type: 'string' },
      'default-template': { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', default: 'stylish' },
      'max-warnings': { type: 'string' },
      rule: { type: 'string', multiple: true },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const format = values.format;
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`Unknown --format "${format}": use stylish, json or sarif`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : wholeNumber(values['max-warnings']);
  if (values.fix && values['fix-dry-run']) throw new UsageError('Use --fix or --fix-dry-run, not both');
  if (
    values.report !== undefined &&
    values.report !== 'json' &&
    values.report !== 'summary' &&
    values.report !== 'followups'
  )
    throw new UsageError(`Unknown --report "${values.report}": use json, summary or followups`);
  if (values.report === 'followups' && format === 'sarif')
    throw new UsageError('--report followups prints a table or JSON: use --format stylish or json');
  if (values.report !== undefined && (values.fix || values['fix-dry-run']))
    throw new UsageError('--report prints what was read; it does not fix (drop --fix)');
  const rules = ruleOverrides(values.rule ?? []);
  if (!positionals.length) throw new UsageError('No files given. Example: postmortem-lint "docs/**/*.md"');
  const config = loadConfig(path.resolve(cwd, values.config ?? '.postmortem.json'), values.config !== undefined);
  const lint: LintOptions = { customTemplates: config.templates, rules };
  if (config.blameless) lint.blameless = config.blameless;
  const def = values['default-template'] ?? config.defaultTemplate;
  for (const [flag, id] of [
    ['--template', values.template],
    ['--default-template', def],
  ] as const) {
    if (id !== undefined && !getTemplate(id, config.templates))
      throw new UsageError(`Unknown template "${id}" for ${flag}`);
  }
  if (values.template) lint.template = values.template;
  if (def) lint.defaultTemplate = def;
  return {
    kind: 'lint',
    options: {
      patterns: positionals,
      format: format as Format,
      maxWarnings,
      lint,
      fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'off',
      ...(values.report ? { report: values.report } : {}),
    },
  };
}

/** --max-warnings: digits only ('' or '1e3' or ' 2' are mistakes, not 0, 1000 or 2). */
function wholeNumber(text: string): number {
  const n = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`--max-warnings needs a whole number >= 0 (got "${text}")`);
  return n;
}

/** --rule values as LintOptions.rules, keyed by rule id; ids and names match in any case, unknown ones are errors. */
function ruleOverrides(values: string[]): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = Object.create(null) as Record<string, Severity | 'off'>;
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    const severity = v
      .slice(eq + 1)
      .trim()
      .toLowerCase() as Severity | 'off';
    if (eq <= 0 || !SEVERITIES.includes(severity)) {
      throw new UsageError(`Bad --rule "${v}": expected <id or name>=error|warning|information|hint|off`);
    }
    const name = v.slice(0, eq).trim();
    const rule = getRule(name);
    if (!rule)
      throw new UsageError(
        `Unknown rule "${name}" in --rule "${v}"; the rules are ${allRules.map((r) => `${r.id} (${r.name})`).join(', ')}`,
      );
    out[rule.id] = severity;
  }
  return out;
}

/** Reads custom templates (and blameless phrases) from a .postmortem.json file. */
function loadConfig(
  file: string,
  explicit: boolean,
): { templates: Template[]; defaultTemplate?: string; blameless?: BlamelessConfig } {
  if (!fs.existsSync(file)) {
    if (explicit) throw new UsageError(`Cannot read config ${file}: no such file`);
    return { templates: [] };
  }
  let text: string;
  try {
    text = decodeSource(readRegularFile(file, file).bytes).text;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const r = readConfig(text);
  if (r.errors.length) throw new UsageError(`Invalid ${file}:\n  ${r.errors.join('\n  ')}`);
  return {
    templates: r.templates,
    ...(r.defaultTemplate ? { defaultTemplate: r.defaultTemplate } : {}),
    ...(r.blameless ? { blameless: r.blameless } : {}),
  };
}
