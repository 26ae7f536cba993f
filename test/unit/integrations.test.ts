// The CI integrations agree with the extension: the pre-commit hook's files and CLI pin, the CLI package, one repository URL.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { globToRegExp } from '../../src/cli/glob';
import { RepositoryUrl, RuleDocsBase } from '../../src/shared/ids';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');
const yaml = require('js-yaml') as { load(text: string): unknown };
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  repository: { url: string };
  contributes: { configuration: { properties: Record<string, { default: unknown }> } };
};
const cli = JSON.parse(read('packages/postmortem-lint/package.json')) as {
  name: string;
  version: string;
  repository: { url: string };
  bin: Record<string, string>;
  files: string[];
};
const hooks = yaml.load(read('.pre-commit-hooks.yaml')) as Array<{
  id: string;
  entry: string;
  language: string;
  files: string;
  additional_dependencies: string[];
}>;

describe('CI integrations', () => {
  const hook = hooks[0]!;

  it('the pre-commit hook checks exactly the files the default postmortem.include globs match', () => {
    const globs = pkg.contributes.configuration.properties['postmortem.include']!.default as string[];
    const byGlobs = (file: string): boolean => globs.some((g) => globToRegExp(g).test(file));
    // pre-commit matches `files` with Python's re.search; this pattern uses only syntax Python and JavaScript share.
    const byHook = new RegExp(hook.files);
    const paths = [
      'postmortem.md',
      'docs/2026-01-01-postmortem.md',
      'db-post-mortem.md',
      'a/b/incident-42.md',
      'incident.md',
      'postmortems/db.md',
      'team/postmortems/2026/jan/db.md',
      'incident-reports/x.md',
      'x/incident-reports/y/z.md',
      '0x19-postmortem/README.md',
      'alx/0x19-postmortem/README.md',
      'README.md',
      'notes.md',
      'postmortem.txt',
      'postmortems.md.bak',
      'postmortems/readme.txt',
      'docs/Postmortem.md',
      '0x19-postmortem/notes.md',
      'postmortem/README.md',
      'my-incidents/notes.md',
    ];
    for (const file of paths)
      assert.strictEqual(
        byHook.test(file),
        byGlobs(file),
        `${file}: hook ${byHook.test(file)}, globs ${byGlobs(file)}`,
      );
    assert.ok(paths.filter(byGlobs).length >= 10 && paths.filter((p) => !byGlobs(p)).length >= 8);
  });

  it('the hook runs the CLI package of this release as a node hook', () => {
    assert.deepStrictEqual(
      [hooks.length, hook.id, hook.language, hook.entry],
      [1, 'postmortem-lint', 'node', Object.keys(cli.bin)[0]],
    );
    assert.deepStrictEqual(hook.additional_dependencies, [`${cli.name}@${cli.version}`]);
  });

  it('the CLI package is released with the extension and ships only its bundle', () => {
    assert.strictEqual(cli.version, pkg.version);
    assert.deepStrictEqual(cli.files, ['dist/cli.js']);
    assert.deepStrictEqual(cli.bin, { 'postmortem-lint': 'dist/cli.js' });
  });

  it('names one repository everywhere: manifests, rule links, SARIF, README', () => {
    assert.strictEqual(pkg.repository.url, `${RepositoryUrl}.git`);
    assert.strictEqual(cli.repository.url, `${RepositoryUrl}.git`);
    assert.ok(RuleDocsBase.startsWith(`${RepositoryUrl}/`));
    assert.match(read('src/cli/format.ts'), /informationUri: RepositoryUrl/);
    const others = (text: string): string[] =>
      (text.match(/https:\/\/github\.com\/[\w.-]+\/[\w.-]+/g) ?? []).filter(
        (u) => u !== RepositoryUrl && !u.startsWith(`${RepositoryUrl}.`),
      );
    for (const file of [
      'README.md',
      'packages/postmortem-lint/README.md',
      'packages/postmortem-lint/package.json',
      'action.yml',
      '.pre-commit-hooks.yaml',
    ]) {
      assert.deepStrictEqual(
        others(read(file)).filter((u) => !/github\.com\/(actions|github)\//.test(u)),
        [],
        `${file} names another repository`,
      );
    }
    for (const dir of ['src/extension', 'src/cli', 'src/core']) {
      for (const f of fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]) {
        if (f.endsWith('.ts'))
          assert.ok(
            !/example\.invalid|github\.com\/postmortem-writer/.test(read(path.join(dir, f))),
            `${dir}/${f} spells out a repository URL: use RepositoryUrl`,
          );
      }
    }
  });
});
