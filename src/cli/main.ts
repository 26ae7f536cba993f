// postmortem-lint: the command-line twin of the extension (same rules, same templates).
import './v8flags';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  followUps,
  lint,
  localIsoDate,
  modelReport,
  type FollowUp,
  type LintResult,
  type ModelReport,
} from '../core/index';
import { unifiedDiff } from './diff';
import { readRegularFile, writeFileAtomic, type ReadFile } from './files';
import { fixText } from './fix';
import { fixReport, sarif, stylish, toCliFinding, type CliFinding } from './format';
import { followupsJson, followupsTable } from './followups';
import { expand } from './glob';
import { parseCommand, USAGE, UsageError, VERSION, type CliOptions } from './options';
import { decodeSource, encodeThrough } from './source';
import { summarise, summaryTable } from './summary';

/** Where the CLI writes and reads (replaceable in tests). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Today's date (ISO) for overdue action items; the local clock's when absent (tests pass a fixed one). */
  today?: string;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

/** What checking (and maybe fixing) one file gave. */
export interface FileResult {
  /** As shown: relative to the working directory. */
  file: string;
  template: string;
  /** The findings (after --fix: those that remain). */
  findings: CliFinding[];
  /** What --fix fixed, or --fix-dry-run would fix (lines as in the file before). */
  fixed: CliFinding[];
  /** --fix changed the file (--fix-dry-run: would change it). */
  changed: boolean;
  /** --fix-dry-run: the unified diff of the fixes ('' when none). */
  diff: string;
  /** Problems that make the run exit 2: the file could not be read or written, a rule failed. */
  errors: string[];
  /** `--report json`: what was read. */
  report?: ModelReport;
  /** `--report followups`: the open action items. */
  followups?: FollowUp[];
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export function main(argv: string[], io: CliIo = defaultIo): number {
  try {
    const command = parseCommand(argv, io.cwd);
    if (command.kind === 'help') return (io.stdout(`${USAGE}\n`), 0);
    if (command.kind === 'version') return (io.stdout(`${VERSION}\n`), 0);
    const options = command.options;
    options.lint.today = io.today ?? localIsoDate(new Date());
    // Every argument is expanded before any file is read or fixed: a typo stops the run with nothing changed.
    const files = uniqueFiles(options.patterns.flatMap((p) => expand(p, io.cwd)));
    const results = files.map((abs) => checkFile(abs, options, io.cwd));
    return report(results, options, io);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(
      `postmortem-lint: ${msg}\n${e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 'Run postmortem-lint --help for usage.\n' : ''}`,
    );
    return 2;
  }
}

/** The files without repeats: a file reached under several names (symbolic links) is checked once, under the first. */
function uniqueFiles(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    let real = f;
    try {
      real = fs.realpathSync(f);
    } catch {
      // a broken link: reading it will say so
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/** Reads, lints and (with --fix) fixes one file; problems land in `errors`, never abort the run. */
function checkFile(abs: string, options: CliOptions, cwd: string): FileResult {
  const file = path.relative(cwd, abs) || abs;
  const result: FileResult = { file, template: '', findings: [], fixed: [], changed: false, diff: '', errors: [] };
  let read: ReadFile;
  try {
    read = readRegularFile(abs, file);
  } catch (e) {
    result.errors.push(message(e));
    return result;
  }
  const source = decodeSource(read.bytes);
  let final: LintResult;
  if (options.fix === 'off') {
    final = lint(source.text, options.lint);
  } else if (!source.utf8) {
    final = lint(source.text, options.lint);
    result.errors.push(`${file} is not valid UTF-8; it was not fixed`);
  } else {
    const outcome = fixText(source.text, options.lint);
    final = outcome.after;
    addRuleErrors(result, outcome.before);
    if (outcome.text !== source.text && options.fix === 'dry-run') {
      result.diff = unifiedDiff(source.text, outcome.text, file.split(path.sep).join('/'));
    } else if (outcome.text !== source.text) {
      try {
        writeFileAtomic(abs, file, Buffer.from(encodeThrough(source, outcome.steps), 'utf8'), read.stat);
      } catch (e) {
        result.errors.push(message(e));
        final = outcome.before;
      }
    }
    if (final === outcome.after && outcome.text !== source.text) {
      result.changed = true;
      result.fixed = outcome.fixed.map((f) => toCliFinding(file, outcome.before.template.id, f));
    }
  }
  addRuleErrors(result, final);
  if (options.report === 'json' || options.report === 'summary') result.report = modelReport(final.model);
  if (options.report === 'followups') result.followups = followUps(final.model, options.lint.today);
  result.template = final.template.id;
  result.findings = final.findings.map((f) => toCliFinding(file, final.template.id, f));
  return result;
}

/** A rule that threw is reported (once per file), not lost. */
function addRuleErrors(result: FileResult, lintResult: LintResult): void {
  for (const r of lintResult.ruleErrors ?? []) {
    const line = `rule ${r.ruleId} failed on ${result.file}: ${r.message}`;
    if (!result.errors.includes(line)) result.errors.push(line);
  }
}

/** Prints the results (fix reports and diffs where people read, findings in the format asked for); the exit code. */
function report(results: FileResult[], options: CliOptions, io: CliIo): number {
  if (options.report === 'summary') {
    const summary = summarise(results.filter((r) => r.errors.length === 0).map((r) => r.report));
    io.stdout(options.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : summaryTable(summary));
  } else if (options.report === 'followups') {
    io.stdout(options.format === 'json' ? followupsJson(results) : followupsTable(results));
  } else if (options.report) {
    io.stdout(
      `${JSON.stringify(
        results.filter((r) => r.report).map((r) => ({ file: r.file, ...r.report })),
        null,
        2,
      )}\n`,
    );
  }
  if (options.report) {
    const problems = results.flatMap((r) => r.errors);
    for (const p of problems) io.stderr(`postmortem-lint: ${p}\n`);
    return problems.length ? 2 : 0;
  }
  // With json or sarif, stdout is for machines: what --fix did goes to stderr.
  const human = options.format === 'stylish' ? io.stdout : io.stderr;
  for (const r of results) {
    if (r.changed) human(fixReport(r.file, r.fixed, options.fix === 'dry-run') + r.diff);
  }
  const all = results.flatMap((r) => r.findings);
  if (options.format === 'json') io.stdout(`${JSON.stringify(all, null, 2)}\n`);
  else if (options.format === 'sarif') io.stdout(sarif(all, VERSION));
  else io.stdout(stylish(results));
  const problems = results.flatMap((r) => r.errors);
  for (const p of problems) io.stderr(`postmortem-lint: ${p}\n`);
  if (problems.length) return 2;
  let errors = 0,
    warnings = 0;
  for (const f of all) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`postmortem-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Exits quietly, with the exit code already set, when whoever reads our output goes away (`… | head -1`). */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit();
      throw e;
    });
  }
}

if (require.main === module) {
  exitQuietlyOnClosedPipe();
  process.exitCode = main(process.argv.slice(2));
}
