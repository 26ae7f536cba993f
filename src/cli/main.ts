// postmortem-lint: the command-line twin of the extension (same rules, same templates).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { getTemplate, lint, modelReport, validateCustomTemplates, type LintOptions, type ModelReport, type Severity, type Template } from '../core/index';
import { sarif, stylish, toCliFinding, type CliFinding } from './format';
import { expand } from './glob';

const VERSION = '0.1.0';
const USAGE = `Usage: postmortem-lint [options] <files, directories or globs...>

Lints incident postmortems written in Markdown.

Options:
  --template <id>          Use this template for every file (alx-0x19, incident-report, google-sre, atlassian, gitlab-rca, or a custom id)
  --default-template <id>  Template when a file neither names one nor matches one (default: alx-0x19)
  --config <file>          Custom templates (.postmortem.json; default: ./.postmortem.json when present)
  --format <name>          stylish (default), json or sarif
  --report json            Print what was read instead of findings: per file its sections, timeline entries
                           (with their phase) and tasks, as a JSON array
  --max-warnings <n>       Exit 1 when there are more than n warnings
  --rule <id=severity>     Override a rule: PM003=error, timeline-timezone=off (repeatable)
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no error-level findings, 1 error-level findings (or too many warnings), 2 usage or I/O error.`;

/** Where the CLI writes and reads (replaceable in tests). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

const defaultIo: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() };

// Thrown for usage problems (exit 2).
class UsageError extends Error {}

// Reads custom templates from a .postmortem.json file.
function loadConfig(file: string, explicit: boolean): { templates: Template[]; defaultTemplate?: string } {
  if (!fs.existsSync(file)) {
    if (explicit) throw new UsageError(`Cannot read config ${file}: no such file`);
    return { templates: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`Cannot parse ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = validateCustomTemplates(json);
  if (r.errors.length) throw new UsageError(`Invalid ${file}:\n  ${r.errors.join('\n  ')}`);
  return r.defaultTemplate ? { templates: r.templates, defaultTemplate: r.defaultTemplate } : { templates: r.templates };
}

// Turns --rule values into LintOptions.rules.
function ruleOverrides(values: string[]): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const v of values) {
    const m = /^([\w-]+)=(error|warning|information|hint|off)$/.exec(v);
    if (!m) throw new UsageError(`Bad --rule "${v}": expected <id or name>=error|warning|information|hint|off`);
    out[m[1]!] = m[2] as Severity | 'off';
  }
  return out;
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export function main(argv: string[], io: CliIo = defaultIo): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        template: { type: 'string' }, 'default-template': { type: 'string' }, config: { type: 'string' },
        format: { type: 'string', default: 'stylish' }, report: { type: 'string' }, 'max-warnings': { type: 'string' }, rule: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help) return io.stdout(`${USAGE}\n`), 0;
    if (values.version) return io.stdout(`${VERSION}\n`), 0;
    const format = values.format!;
    if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`Unknown --format "${format}": use stylish, json or sarif`);
    let maxWarnings = -1;
    if (values['max-warnings'] !== undefined) {
      maxWarnings = Number(values['max-warnings']);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings needs a whole number >= 0 (got "${values['max-warnings']}")`);
    }
    if (values.report !== undefined && values.report !== 'json') throw new UsageError(`Unknown --report "${values.report}": use json`);
    if (!positionals.length) throw new UsageError('No files given. Example: postmortem-lint "docs/**/*.md"');
    const config = loadConfig(path.resolve(io.cwd, values.config ?? '.postmortem.json'), values.config !== undefined);
    const options: LintOptions = { customTemplates: config.templates, rules: ruleOverrides(values.rule ?? []) };
    for (const [flag, id] of [['--template', values.template], ['--default-template', values['default-template'] ?? config.defaultTemplate]] as const) {
      if (id !== undefined && !getTemplate(id, config.templates)) throw new UsageError(`Unknown template "${id}" for ${flag}`);
    }
    if (values.template) options.template = values.template;
    const def = values['default-template'] ?? config.defaultTemplate;
    if (def) options.defaultTemplate = def;
    const files = [...new Set(positionals.flatMap((p) => expand(p, io.cwd)))];
    const results: Array<{ file: string; template: string; findings: CliFinding[] }> = [];
    const reports: Array<{ file: string } & ModelReport> = [];
    for (const abs of files) {
      let text: string;
      try {
        text = fs.readFileSync(abs, 'utf8');
      } catch (e) {
        throw new Error(`Cannot read ${abs}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const file = path.relative(io.cwd, abs) || abs;
      const r = lint(text, options);
      if (values.report) reports.push({ file, ...modelReport(r.model) });
      results.push({ file, template: r.template.id, findings: r.findings.map((f) => toCliFinding(file, r.template.id, f)) });
    }
    const all = results.flatMap((r) => r.findings);
    if (values.report) {
      io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
      return 0;
    }
    if (format === 'json') io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    else if (format === 'sarif') io.stdout(sarif(all, VERSION));
    else io.stdout(stylish(results));
    const errors = all.filter((f) => f.severity === 'error').length;
    const warnings = all.filter((f) => f.severity === 'warning').length;
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      io.stderr(`postmortem-lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
      return 1;
    }
    return errors > 0 ? 1 : 0;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`postmortem-lint: ${msg}\n${e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 'Run postmortem-lint --help for usage.\n' : ''}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
