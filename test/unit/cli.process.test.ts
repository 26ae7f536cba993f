// postmortem-lint as a real process (the built dist/cli.js): a closed pipe, pipes and devices, symbolic links.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
/** Long enough for any of these runs; a run that reaches it has hung. */
const DEADLINE_MS = 15_000;

/** Runs the CLI in `cwd`; a process still running at the deadline is killed (status null). */
function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: DEADLINE_MS,
    killSignal: 'SIGKILL',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pm-proc-'));
}

describe('postmortem-lint process', function () {
  this.timeout(DEADLINE_MS + 5000);
  const posix = process.platform !== 'win32';

  it('exits quietly when the reader of its output goes away (`… | head -1`)', function () {
    if (!posix) this.skip();
    const dir = tmpDir();
    // About 1 MB of findings: far more than a pipe holds, so the CLI is still writing when head exits.
    const lines = ['# Postmortem: placeholders', '', '## Timeline', ''];
    for (let i = 0; i < 8000; i++) lines.push('- TBD and TBD');
    fs.writeFileSync(path.join(dir, 'big.md'), `${lines.join('\n')}\n`);
    const script = 'node "$0" big.md 2>err.txt | head -1; echo "status=${PIPESTATUS[0]}"';
    const out = execFileSync('bash', ['-c', script, CLI], { cwd: dir, encoding: 'utf8', timeout: DEADLINE_MS });
    assert.match(out, /^\nstatus=1\n$/, 'the first line (blank, as stylish starts) and the exit code of the findings');
    assert.strictEqual(
      fs.readFileSync(path.join(dir, 'err.txt'), 'utf8'),
      '',
      'nothing on stderr (no EPIPE stack trace)',
    );
  });

  it('refuses a FIFO instead of waiting for a writer forever', function () {
    if (!posix) this.skip();
    const dir = tmpDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const r = cli(['pipe.md'], dir);
    assert.deepStrictEqual([r.status, r.stderr], [2, 'postmortem-lint: Cannot read pipe.md: not a regular file\n']);
  });

  it('refuses /dev/zero instead of reading it forever', function () {
    if (!fs.existsSync('/dev/zero')) this.skip();
    const r = cli(['/dev/zero'], tmpDir());
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /^postmortem-lint: Cannot read \S*dev\/zero: not a regular file\n$/);
  });

  it('follows symbolic links to Markdown files and folders (each file once, no loop), and names a broken one', function () {
    if (!posix) this.skip();
    const dir = tmpDir();
    for (const d of ['docs', 'real', 'other']) fs.mkdirSync(path.join(dir, d));
    fs.writeFileSync(path.join(dir, 'real', 'a.md'), '<<<<<<< HEAD\n');
    fs.writeFileSync(path.join(dir, 'other', 'b.md'), '<<<<<<< HEAD\n');
    fs.symlinkSync(path.join(dir, 'real', 'a.md'), path.join(dir, 'docs', 'linked.md'));
    fs.symlinkSync(path.join(dir, 'other'), path.join(dir, 'docs', 'linked-folder'));
    fs.symlinkSync('..', path.join(dir, 'docs', 'loop')); // docs/loop/real/a.md is docs/linked.md again
    const ok = cli(['--format', 'json', '--rule', 'PM001=off', 'docs'], dir);
    const files = [...new Set((JSON.parse(ok.stdout) as Array<{ file: string }>).map((f) => f.file))];
    assert.deepStrictEqual(files, ['docs/linked-folder/b.md', 'docs/linked.md']);
    assert.deepStrictEqual([ok.status, ok.stderr], [1, '']);
    fs.symlinkSync('nowhere.md', path.join(dir, 'docs', 'broken.md'));
    const broken = cli(['docs'], dir);
    assert.strictEqual(broken.status, 2);
    assert.match(broken.stderr, /^postmortem-lint: Cannot read docs\/broken\.md: broken symbolic link\n$/);
    assert.match(broken.stdout, /docs\/linked\.md/, 'the other files are still reported');
  });
});
