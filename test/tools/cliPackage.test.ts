// The published CLI package: `npm pack` of packages/postmortem-lint, installed into a scratch folder, run with npx.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, packCli, sampleWorkspace, sh, tempDir } from './helpers';

describe('postmortem-lint npm package (packed tarball, outside the repository)', function () {
  this.timeout(180000);
  let dir: string;
  let files: ReturnType<typeof sampleWorkspace>;

  before(() => {
    const tgz = packCli();
    dir = tempDir('npx');
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }),
    );
    files = sampleWorkspace(dir);
    // The package has no dependencies: installing the tarball needs no registry.
    const r = sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tgz], { cwd: dir });
    assert.strictEqual(r.code, 0, `npm install of ${tgz} failed:\n${r.err}`);
  });

  it('carries only the CLI: one bundled script, its README, licence and manifest, no dependencies', () => {
    const r = sh('tar', ['tzf', packCli()]);
    assert.deepStrictEqual(r.out.trim().split('\n').sort(), [
      'package/LICENSE',
      'package/README.md',
      'package/dist/cli.js',
      'package/package.json',
    ]);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(dir, 'node_modules/postmortem-lint/package.json'), 'utf8'),
    ) as { dependencies?: object; bin: Record<string, string> };
    assert.strictEqual(manifest.dependencies, undefined);
    assert.deepStrictEqual(manifest.bin, { 'postmortem-lint': 'dist/cli.js' });
    const size = fs.statSync(path.join(dir, 'node_modules/postmortem-lint/dist/cli.js')).size;
    // The development build is about 470 KB, the minified one about 310 KB (with incident metrics, blameless phrases).
    assert.ok(size < 400_000, `dist/cli.js is ${size} bytes: the production (minified) build should be packed`);
    assert.ok(
      !fs.readFileSync(path.join(dir, 'node_modules/postmortem-lint/dist/cli.js'), 'utf8').includes('sourceMappingURL'),
      'a development build was packed',
    );
  });

  it('npx postmortem-lint reports a bad postmortem with exit 1 and passes a clean one with exit 0', () => {
    const bad = sh('npx', ['--no', '--', 'postmortem-lint', files.bad], { cwd: dir });
    assert.strictEqual(bad.code, 1, bad.out + bad.err);
    assert.match(bad.out, /Missing required section "Timeline".*PM001\/required-sections/);
    const clean = sh('npx', ['--no', '--', 'postmortem-lint', files.clean], { cwd: dir });
    assert.deepStrictEqual([clean.code, clean.out, clean.err], [0, '', '']);
  });

  it('npx postmortem-lint --version prints the package version; globs and --format json work', () => {
    const version = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/postmortem-lint/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    assert.strictEqual(sh('npx', ['--no', '--', 'postmortem-lint', '--version'], { cwd: dir }).out, `${version}\n`);
    const json = sh('npx', ['--no', '--', 'postmortem-lint', '--format', 'json', 'postmortems/**/*.md'], { cwd: dir });
    const findings = JSON.parse(json.out) as Array<{ file: string }>;
    assert.deepStrictEqual([...new Set(findings.map((f) => f.file))], [files.bad]);
  });
});
