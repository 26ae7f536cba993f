// The pre-commit hook (.pre-commit-hooks.yaml), for real: Debian's pre-commit, a scratch git repository whose
// .pre-commit-config.yaml points at a local clone of this repository, `git commit` refused or let through.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, packCli, sampleWorkspace, sh, tempDir } from './helpers';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

/** A git repository holding this working tree as it is now (tracked and new files, not ignored ones); returns its HEAD. */
function cloneOfWorkingTree(dir: string): string {
  const list = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT });
  for (const file of list.out.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from) || !fs.statSync(from).isFile()) continue; // deleted, or a symlinked folder
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'snapshot'],
  ]) {
    const r = sh('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV } });
    assert.strictEqual(r.code, 0, `git ${args.join(' ')}: ${r.err}`);
  }
  return sh('git', ['rev-parse', 'HEAD'], { cwd: dir }).out.trim();
}

describe('pre-commit hook (real pre-commit, real git)', function () {
  // The first commit installs the hook's environment: pre-commit runs `npm install` in the clone (from npm's cache).
  this.timeout(300000);
  let repo: string;
  let files: ReturnType<typeof sampleWorkspace>;
  let env: NodeJS.ProcessEnv;

  /** Writes the scratch repository's .pre-commit-config.yaml. */
  function configure(hookRepo: string, rev: string, extra: string[] = []): void {
    fs.writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      [
        'repos:',
        `  - repo: ${hookRepo}`,
        `    rev: ${rev}`,
        '    hooks:',
        '      - id: postmortem-lint',
        // The released hook installs postmortem-lint from npm; here the package packed from this tree stands in for it.
        `        additional_dependencies: ["${packCli()}"]`,
        ...extra.map((l) => `        ${l}`),
        '',
      ].join('\n'),
    );
  }

  /** Stages these files and commits; returns git's exit code and everything the hook printed. */
  function commit(paths: string[], message: string): { code: number; output: string } {
    assert.strictEqual(sh('git', ['add', '--', ...paths], { cwd: repo, env }).code, 0);
    const r = sh('git', ['commit', '-m', message], { cwd: repo, env });
    return { code: r.code, output: r.out + r.err };
  }

  before(function () {
    const version = sh('pre-commit', ['--version']);
    assert.strictEqual(
      version.code,
      0,
      'pre-commit is not installed: apt-get install -y pre-commit (.ci/run installs it)',
    );
    const hookRepo = tempDir('hook-repo');
    const rev = cloneOfWorkingTree(hookRepo);
    repo = tempDir('scratch-repo');
    env = { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: tempDir('pre-commit-home') };
    assert.strictEqual(sh('git', ['init', '-q'], { cwd: repo }).code, 0);
    files = sampleWorkspace(repo);
    configure(hookRepo, rev);
    const install = sh('pre-commit', ['install'], { cwd: repo, env });
    assert.strictEqual(install.code, 0, install.out + install.err);
    assert.strictEqual(commit(['.pre-commit-config.yaml'], 'add pre-commit').code, 0);
  });

  it('refuses a commit of a postmortem with errors, printing our findings', () => {
    const r = commit([files.bad], 'bad postmortem');
    assert.strictEqual(r.code, 1, r.output);
    assert.match(r.output, /postmortem-lint\.+Failed/);
    assert.match(r.output, /postmortems\/2026-01-db-outage\.md {2}\(template: alx-0x19\)/);
    assert.match(
      r.output,
      /1:1 +error +Missing required section "Timeline" \(ALX 0x19 Postmortem\) {2}PM001\/required-sections/,
    );
    assert.strictEqual(
      sh('git', ['diff', '--cached', '--name-only'], { cwd: repo }).out.trim(),
      files.bad,
      'the refused file stays staged',
    );
    sh('git', ['reset', '-q'], { cwd: repo });
  });

  it('lets a clean postmortem through, and leaves Markdown that is not a postmortem alone', () => {
    const r = commit([files.clean, files.notes], 'clean postmortem and notes');
    assert.strictEqual(r.code, 0, r.output);
    assert.match(r.output, /postmortem-lint\.+Passed/);
  });

  it('passes `args` to the CLI: --max-warnings 0 refuses a postmortem with warnings only', () => {
    const withWarnings = path.join('postmortems', 'incident-warnings.md');
    fs.renameSync(path.join(repo, files.warnings), path.join(repo, withWarnings));
    const hookRepo = /repo: (.+)/.exec(fs.readFileSync(path.join(repo, '.pre-commit-config.yaml'), 'utf8'))![1]!;
    const rev = /rev: (.+)/.exec(fs.readFileSync(path.join(repo, '.pre-commit-config.yaml'), 'utf8'))![1]!;
    configure(hookRepo, rev, ['args: [--max-warnings, "0"]']);
    const strict = commit([withWarnings, '.pre-commit-config.yaml'], 'warnings');
    assert.strictEqual(strict.code, 1, strict.output);
    assert.match(strict.output, /2 warnings, more than --max-warnings 0/);
    configure(hookRepo, rev);
    const lenient = commit([withWarnings, '.pre-commit-config.yaml'], 'warnings allowed');
    assert.strictEqual(lenient.code, 0, lenient.output);
  });
});
