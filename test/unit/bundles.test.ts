// The built bundles and the manifest agree: entry points exist, the web bundle needs no Node, versions match.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  main: string;
  browser: string;
  version: string;
  bin?: Record<string, string>;
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  activationEvents: string[];
  contributes: { commands: Array<{ command: string }> };
};

/** Every .ts file under a folder of the repository. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('bundles and manifest', () => {
  it('builds every entry point the manifest names (npm test builds before testing)', () => {
    for (const entry of [pkg.main, pkg.browser, 'dist/cli.js', 'dist/webview/preview.js', 'dist/webview/mermaid.js']) {
      assert.ok(fs.existsSync(path.join(ROOT, entry)), `${entry} was not built`);
    }
    assert.match(read('dist/cli.js'), /^#!\/usr\/bin\/env node/);
    // The CLI ships as its own npm package (packages/postmortem-lint), not from the extension's manifest or .vsix.
    assert.strictEqual(pkg.bin, undefined);
    assert.ok(!read('.vscodeignore').includes('cli.js'), '.vscodeignore ships the CLI in the .vsix');
  });

  it('keeps the web-extension bundle free of Node modules (it runs in a browser worker)', () => {
    const requires = new Set(read(pkg.browser).match(/require\("[^"]+"\)/g) ?? []);
    assert.deepStrictEqual([...requires], ['require("vscode")']);
  });

  it('loads mermaid from its own local bundle (only when a diagram is shown), never from a CDN', () => {
    const mermaid = read('dist/webview/mermaid.js');
    assert.ok(/mermaid/i.test(mermaid) && mermaid.includes('__pmMermaid'), 'mermaid is not in dist/webview/mermaid.js');
    assert.ok(
      mermaid.length > 1_000_000,
      `dist/webview/mermaid.js is too small to hold mermaid (${mermaid.length} bytes)`,
    );
    const preview = read('dist/webview/preview.js');
    assert.ok(
      preview.length < 100_000,
      `the preview script holds mermaid again (${preview.length} bytes): it should load mermaid.js lazily`,
    );
    assert.match(read('src/extension/preview/panel.ts'), /joinPath\(extensionUri, 'dist', 'webview', 'mermaid\.js'\)/);
    for (const file of ['src/webview/main.ts', 'src/webview/diagrams.ts', 'src/extension/preview/panel.ts']) {
      assert.doesNotMatch(read(file), /https?:\/\/(cdn|unpkg|jsdelivr)/);
    }
  });

  it('pins every dev dependency, targets VS Code 1.100 and never activates on *', () => {
    for (const [name, version] of Object.entries(pkg.devDependencies))
      assert.match(version, /^\d+\.\d+\.\d+$/, `${name} is not pinned`);
    assert.strictEqual(pkg.engines.vscode, '^1.100.0');
    assert.strictEqual(pkg.devDependencies['@types/vscode'], '1.100.0');
    assert.ok(!pkg.activationEvents.includes('*'));
  });

  it('keeps the test hooks (postmortem._…) in testHooks.ts, registered only under ExtensionMode.Test, never contributed', () => {
    // The e2e suite checks the installed .vsix registers none of them; this says where they may live at all.
    const naming = sources('src').filter((f) => /['"`]postmortem\._/.test(read(f)));
    assert.deepStrictEqual(naming, [path.join('src', 'extension', 'testHooks.ts')]);
    assert.match(
      read('src/extension/testHooks.ts'),
      /if \(context\.extensionMode !== vscode\.ExtensionMode\.Test\) return;/,
    );
    assert.deepStrictEqual(
      pkg.contributes.commands.filter((c) => c.command.startsWith('postmortem._')),
      [],
    );
    assert.ok(!pkg.activationEvents.some((e) => e.includes('postmortem._')));
  });

  it('has a CHANGELOG entry for the manifest version', () => {
    assert.ok(read('CHANGELOG.md').includes(`## ${pkg.version}`), `CHANGELOG.md has no "## ${pkg.version}" entry`);
  });
});
