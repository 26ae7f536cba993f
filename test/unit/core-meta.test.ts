// Metadata: every rule has a doc page and a README row; the core stays pure (no vscode, no node: modules).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../src/core/index';

const ROOT = path.resolve(__dirname, '../../..');

// Lists .ts files under a folder.
function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('rule metadata', () => {
  it('has unique ids PM001… and kebab-case names', () => {
    assert.strictEqual(new Set(allRules.map((r) => r.id)).size, allRules.length);
    for (const r of allRules) assert.match(`${r.id} ${r.name}`, /^PM\d{3} [a-z]+(-[a-z]+)*$/);
    assert.ok(allRules.length >= 21);
  });
  for (const r of allRules) {
    it(`${r.id} has docs/rules/${r.id}.md with a bad and a good example`, () => {
      const page = fs.readFileSync(path.join(ROOT, 'docs/rules', `${r.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${r.id} ${r.name}\n`));
      assert.match(page, /## Bad\n\n```markdown\n[\s\S]+?```/);
      assert.match(page, /## Good\n\n```markdown\n[\s\S]+?```/);
    });
    it(`${r.id} has a row in the README rules table`, () => {
      for (const file of ['README.md', 'docs/rules/README.md']) {
        const readme = fs.readFileSync(path.join(ROOT, file), 'utf8');
        assert.ok(
          readme.includes(`| ${r.name} | ${r.severity} |`) && readme.includes(`[${r.id}](`),
          `${file} lacks ${r.id}`,
        );
      }
    });
  }
});

describe('the core is pure', () => {
  const files = tsFiles(path.join(ROOT, 'src/core'));
  it('finds the core files', () => assert.ok(files.length > 20));
  for (const f of files) {
    it(`${path.relative(ROOT, f)} imports no vscode, node: module or DOM`, () => {
      const text = fs.readFileSync(f, 'utf8');
      const imports = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      const bad = imports.filter(
        (i) =>
          i === 'vscode' ||
          i.startsWith('node:') ||
          ['fs', 'path', 'os', 'child_process', 'util', 'crypto'].includes(i),
      );
      assert.deepStrictEqual(bad, []);
      assert.ok(!/\b(?:document|window)\.\w/.test(text.replace(/\/\/.*$/gm, '')), 'uses the DOM');
    });
  }
});
