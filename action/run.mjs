// The GitHub Action's step (action.yml): runs postmortem-lint on the given globs, writes SARIF for code scanning,
// annotates the findings, and sets the step's outputs. Plain Node 20, no dependencies; reads its inputs from INPUT_*.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Splits an input into words: spaces and new lines separate, '…' and "…" group. */
export function words(text) {
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m; (m = re.exec(text ?? '')); ) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** Escapes a workflow-command value (and, for properties, its separators). */
function escape(text, property = false) {
  let s = String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (property) s = s.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return s;
}

/** The command that runs the CLI: a script path with Node, else `npm exec` of a package spec (default: this release). */
export function cliCommand(cli) {
  if (/\.[cm]?js$/.test(cli)) return { command: process.execPath, args: [resolve(cli)] };
  const spec = cli || `postmortem-lint@${JSON.parse(readFileSync(resolve(HERE, '../packages/postmortem-lint/package.json'), 'utf8')).version}`;
  return { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: ['exec', '--yes', `--package=${spec}`, '--', 'postmortem-lint'] };
}

/** Runs the action with the given environment; returns the exit code. */
export function run(env = process.env, log = (line) => process.stdout.write(`${line}\n`)) {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const cwd = resolve(workspace, env.INPUT_WORKING_DIRECTORY || '.');
  const files = words(env.INPUT_FILES);
  const fail = (message) => {
    log(`::error title=postmortem-lint::${escape(message)}`);
    return 2;
  };
  if (!files.length) return fail('The "files" input is empty: give files, folders or globs, e.g. "postmortems/**/*.md".');
  const { command, args } = cliCommand(env.INPUT_CLI || '');
  // The action's --format comes last, so it wins over one given in `args`.
  const child = spawnSync(command, [...args, ...words(env.INPUT_ARGS), '--format', 'sarif', ...files], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (child.error) return fail(`Could not run postmortem-lint: ${child.error.message}`);
  if (child.stderr) process.stderr.write(child.stderr);
  let sarif;
  try {
    sarif = JSON.parse(child.stdout);
  } catch {
    return fail(child.stderr.trim().split('\n')[0] || `postmortem-lint exited with ${child.status} and wrote no SARIF`);
  }
  // Code scanning resolves artifact URIs from the repository root: make them workspace-relative.
  const run0 = sarif.runs[0];
  for (const r of run0.results) {
    for (const l of r.locations ?? []) {
      const a = l.physicalLocation?.artifactLocation;
      if (a?.uri) a.uri = relative(workspace, resolve(cwd, a.uri)).split(sep).join('/');
    }
  }
  const sarifFile = resolve(workspace, env.INPUT_SARIF_FILE || 'postmortem-lint.sarif');
  mkdirSync(dirname(sarifFile), { recursive: true });
  writeFileSync(sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);

  const count = { error: 0, warning: 0, note: 0 };
  for (const r of run0.results) {
    count[r.level] = (count[r.level] ?? 0) + 1;
    const region = r.locations?.[0]?.physicalLocation?.region ?? {};
    const file = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    const command = r.level === 'error' ? 'error' : r.level === 'warning' ? 'warning' : 'notice';
    const props = [`file=${escape(file, true)}`, `line=${region.startLine}`, `col=${region.startColumn}`,
      `endLine=${region.endLine}`, `endColumn=${region.endColumn}`, `title=${escape(`${r.ruleId}/${r.properties?.ruleName ?? ''}`, true)}`];
    log(`::${command} ${props.join(',')}::${escape(r.message.text)}`);
  }
  const fileCount = new Set(run0.results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).size;
  log(`postmortem-lint: ${count.error} errors, ${count.warning} warnings, ${count.note} notes in ${fileCount} file${fileCount === 1 ? '' : 's'}; SARIF: ${isAbsolute(sarifFile) ? relative(workspace, sarifFile) : sarifFile}`);
  const exitCode = child.status ?? 2;
  if (env.GITHUB_OUTPUT) {
    appendFileSync(env.GITHUB_OUTPUT, `sarif-file=${sarifFile}\nerrors=${count.error}\nwarnings=${count.warning}\nexit-code=${exitCode}\n`);
  }
  if (env.GITHUB_STEP_SUMMARY) {
    appendFileSync(env.GITHUB_STEP_SUMMARY, `### postmortem-lint\n\n| errors | warnings | notes | files with findings |\n| ---: | ---: | ---: | ---: |\n| ${count.error} | ${count.warning} | ${count.note} | ${fileCount} |\n`);
  }
  return exitCode;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = run();
