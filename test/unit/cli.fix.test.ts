// postmortem-lint --fix and --fix-dry-run: the editor's safe fixes, written atomically, each file's BOM and line endings kept.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import { decodeSource, encodeSource } from '../../src/cli/source';
import { unifiedDiff } from '../../src/cli/diff';

const FIXABLE = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/cli/fixable.md'), 'utf8');
/** FIXABLE after --fix: a zone added, then the timeline sorted by its rule's own order key, "13:00PM" made "13:00". */
const FIXED = FIXABLE.replace(
  '- **14:05** - Escalated to the payments team.\n- **14:00 UTC** - Alert fired.',
  '- **14:00 UTC** - Alert fired.\n- **14:05 UTC** - Escalated to the payments team.',
).replace('said 13:00PM for', 'said 13:00 for');

function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '',
    err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd };
  return { code: main(args, io), out, err };
}

/** A fresh folder holding `name` with `content`. */
function folderWith(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-fix-'));
  fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('postmortem-lint --fix', () => {
  it('fixes in place, says what it fixed (rule, line, message), and exits on what remains', () => {
    assert.notStrictEqual(FIXED, FIXABLE);
    const dir = folderWith('pm.md', FIXABLE);
    assert.strictEqual(run(['pm.md'], dir).code, 1, 'an error-level finding (13:00PM) before fixing');
    const r = run(['--fix', 'pm.md'], dir);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'pm.md'), 'utf8'), FIXED);
    assert.strictEqual(
      r.out.split('\n\n')[0],
      [
        'Fixed 3 problems in pm.md:',
        '  9:5    PM003/timeline-timezone  Timeline entry has no time zone [14:05] (other entries use UTC)',
        '  10:5   PM013/timeline-order  Timeline entry is out of chronological order [14:00 UTC after 14:05]',
        '  11:50  PM021/invalid-time  Invalid time "13:00PM": 13 o\'clock is not a PM time: write 13:00 or 1:00 PM',
      ].join('\n'),
    );
    assert.match(r.out, /pm\.md {2}\(template: alx-0x19\)\n {2}1:1 +warning +Document has \d+ words/);
    assert.doesNotMatch(
      r.out.slice(r.out.indexOf('pm.md  (template')),
      /PM003|PM013|PM021/,
      'the fixed findings are gone',
    );
    assert.deepStrictEqual([r.code, r.err], [0, ''], 'only a warning remains');
    assert.deepStrictEqual(fs.readdirSync(dir), ['pm.md'], 'no temporary file is left behind');
  });

  it('keeps a BOM and CRLF line endings, and the file mode', () => {
    const crlf = (t: string): string => t.replace(/\n/g, '\r\n');
    const dir = folderWith('pm.md', `\uFEFF${crlf(FIXABLE)}`);
    const file = path.join(dir, 'pm.md');
    fs.chmodSync(file, 0o640);
    assert.strictEqual(run(['--fix', 'pm.md'], dir).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), `\uFEFF${crlf(FIXED)}`);
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
  });

  it('keeps lone CR line endings', () => {
    const dir = folderWith('pm.md', FIXABLE.replace(/\n/g, '\r'));
    run(['--fix', 'pm.md'], dir);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'pm.md'), 'utf8'), FIXED.replace(/\n/g, '\r'));
  });

  it('with mixed line endings, each unchanged or edited line keeps its own; new lines take the most common', () => {
    // Lines 9 ("- **14:00 UTC** …") and 10 (the entry the fix edits) end in CRLF, the rest in LF.
    const lines = FIXABLE.split('\n');
    const mixed = lines.map((l, i) => l + (i === lines.length - 1 ? '' : i === 8 || i === 9 ? '\r\n' : '\n')).join('');
    const dir = folderWith('pm.md', mixed);
    run(['--fix', 'pm.md'], dir);
    const out = fs.readFileSync(path.join(dir, 'pm.md'), 'utf8');
    const fixedLines = FIXED.split('\n');
    const expected = fixedLines
      .map((l, i) => l + (i === fixedLines.length - 1 ? '' : i === 8 || i === 9 ? '\r\n' : '\n'))
      .join('');
    assert.strictEqual(out, expected);
  });

  it('writes nothing when nothing is fixable (the same file, untouched)', () => {
    const dir = folderWith('pm.md', FIXED);
    const file = path.join(dir, 'pm.md');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    const before = fs.statSync(file);
    const r = run(['--fix', 'pm.md'], dir);
    const after = fs.statSync(file);
    assert.deepStrictEqual([after.ino, after.mtimeMs], [before.ino, before.mtimeMs]);
    assert.strictEqual(r.code, 0);
    assert.doesNotMatch(r.out, /Fixed|Changed/);
    assert.match(r.out, /pm\.md {2}\(template: alx-0x19\)/, 'it still reports the findings');
  });

  it('replaces the file through a symbolic link, which stays a link', () => {
    const dir = folderWith('real.md', FIXABLE);
    fs.symlinkSync('real.md', path.join(dir, 'link.md'));
    run(['--fix', 'link.md'], dir);
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(path.join(dir, 'real.md'), 'utf8'), FIXED);
  });

  it('never writes a file that is not valid UTF-8 (its bytes would be lost), and says so', () => {
    const bytes = Buffer.concat([Buffer.from(FIXABLE), Buffer.from([0xff, 0xfe, 0x0a])]);
    const dir = folderWith('pm.md', bytes);
    const r = run(['--fix', 'pm.md'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /^postmortem-lint: pm\.md is not valid UTF-8; it was not fixed\n$/);
    assert.ok(fs.readFileSync(path.join(dir, 'pm.md')).equals(bytes));
  });

  it('with --format json, stdout stays JSON: what was fixed goes to stderr', () => {
    const dir = folderWith('pm.md', FIXABLE);
    const r = run(['--fix', '--format', 'json', 'pm.md'], dir);
    assert.deepStrictEqual(
      (JSON.parse(r.out) as Array<{ ruleId: string }>).map((f) => f.ruleId),
      ['PM005'],
    );
    assert.match(r.err, /^Fixed 3 problems in pm\.md:\n/);
  });

  it('--fix and --fix-dry-run together are a usage error', () => {
    const r = run(['--fix', '--fix-dry-run', 'x.md'], os.tmpdir());
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /Use --fix or --fix-dry-run, not both/);
  });
});

describe('postmortem-lint --fix-dry-run', () => {
  it('prints what it would fix and a unified diff, and changes nothing', () => {
    const dir = folderWith('pm.md', `\uFEFF${FIXABLE.replace(/\n/g, '\r\n')}`);
    const file = path.join(dir, 'pm.md');
    const before = fs.readFileSync(file);
    const stat = fs.statSync(file);
    const r = run(['--fix-dry-run', 'pm.md'], dir);
    assert.ok(fs.readFileSync(file).equals(before));
    assert.strictEqual(fs.statSync(file).mtimeMs, stat.mtimeMs);
    assert.match(r.out, /^Would fix 3 problems in pm\.md:\n/);
    assert.ok(
      r.out.includes(
        [
          '--- a/pm.md',
          '+++ b/pm.md',
          '@@ -6,9 +6,9 @@',
          ' ',
          ' ## Timeline',
          ' ',
          '-- **14:05** - Escalated to the payments team.',
          ' - **14:00 UTC** - Alert fired.',
          '-- **15:30 UTC** - Resolved; the status page said 13:00PM for the end.',
          '+- **14:05 UTC** - Escalated to the payments team.',
          '+- **15:30 UTC** - Resolved; the status page said 13:00 for the end.',
          ' ',
          ' ## Root cause and resolution',
          ' ',
        ].join('\n'),
      ),
      r.out,
    );
    assert.strictEqual(r.code, 0, 'the exit code of what would remain');
  });
});

describe('line endings and diffs', () => {
  const endings: Array<[string, string, string, string]> = [
    // [what, file, fixed LF text, file after]
    ['CRLF, a line inserted', 'a\r\nb\r\n', 'a\nx\nb\n', 'a\r\nx\r\nb\r\n'],
    ['no final newline stays so', 'a\r\nb', 'a\nb\nc', 'a\r\nb\r\nc'],
    ['mixed: unchanged lines keep theirs', 'a\r\nb\nc\r\nd\n', 'a\nB\nc\nd\n', 'a\r\nB\nc\r\nd\n'],
    ['mixed: moved lines keep theirs', 'x\n2\r\n1\n3\r\ny\n', 'x\n1\n2\n3\ny\n', 'x\n1\n2\r\n3\r\ny\n'],
    ['mixed: new lines take the most common', 'a\nb\nc\r\n', 'a\nnew\nb\nc\n', 'a\nnew\nb\nc\r\n'],
    ['lone CR', 'a\rb\r', 'a\nb\nc\n', 'a\rb\rc\r'],
    ['BOM', '\uFEFFa\n', 'b\n', '\uFEFFb\n'],
  ];
  for (const [what, file, fixed, after] of endings) {
    it(what, () => {
      const source = decodeSource(Buffer.from(file, 'utf8'));
      assert.ok(!source.text.includes('\r') && !source.text.startsWith('\uFEFF'));
      assert.strictEqual(encodeSource(source, source.text), file, 'unchanged text gives the same bytes');
      assert.strictEqual(encodeSource(source, fixed), after);
    });
  }
  it('a diff marks a missing final newline', () => {
    assert.strictEqual(
      unifiedDiff('a\nb', 'a\nc\n', 'f.md'),
      '--- a/f.md\n+++ b/f.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n',
    );
  });
  it('a diff of distant changes has one hunk each, with three lines of context', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n') + '\n';
    const b = a.replace('l1\n', 'L1\n').replace('l18\n', 'L18\n');
    assert.strictEqual(
      unifiedDiff(a, b, 'f.md')
        .split('\n')
        .filter((l) => l.startsWith('@@'))
        .join(' '),
      '@@ -1,5 +1,5 @@ @@ -16,5 +16,5 @@',
    );
  });
});
