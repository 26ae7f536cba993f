// What the .vsix holds (`vsce ls`): the bundles and assets, no tests, source maps, fixtures, sources or CLI.
import * as assert from 'assert';
import * as path from 'path';
import { ROOT, sh } from './helpers';

describe('the .vsix contents (vsce ls)', function () {
  this.timeout(120000);

  it('lists only what the extension needs', () => {
    const r = sh(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], {
      cwd: ROOT,
    });
    assert.strictEqual(r.code, 0, r.err);
    const files = r.out
      .trim()
      .split('\n')
      .map((f) => f.trim())
      .filter(Boolean);
    for (const f of files) {
      assert.ok(!/(^|\/)(test|out|src|scripts|packages|action|samples|node_modules)\//.test(f), `${f} is shipped`);
      assert.ok(
        !/\.(map|ts|tgz)$/.test(f) && !/fixtures/.test(f) && !f.endsWith('cli.js') && f !== 'media/screenshot.png',
        `${f} is shipped`,
      );
    }
    for (const needed of [
      'package.json',
      'dist/extension.js',
      'dist/web/extension.js',
      'dist/webview/preview.js',
      'dist/webview/mermaid.js',
      'media/icon.png',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'docs/rules/PM001.md',
      'schemas/postmortem.schema.json',
    ]) {
      assert.ok(files.includes(needed), `${needed} is missing from the .vsix: ${files.join(', ')}`);
    }
  });
});
