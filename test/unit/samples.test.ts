// Each shipped sample is a clean postmortem of its template, and its name matches the default include globs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core';
import { builtinTemplates } from '../../src/core/templates';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLES: Record<string, string> = {
  'alx-0x19': 'alx-0x19-postmortem.md',
  'incident-report': 'incident-report.md',
  'google-sre': 'google-sre-postmortem.md',
  atlassian: 'atlassian-postmortem.md',
  'gitlab-rca': 'gitlab-rca-postmortem.md',
};

describe('samples/', () => {
  it('has one sample per built-in template', () => {
    assert.deepStrictEqual(Object.keys(SAMPLES).sort(), builtinTemplates.map((t) => t.id).sort());
  });
  for (const [template, file] of Object.entries(SAMPLES)) {
    it(`${file} is a clean ${template} postmortem`, () => {
      assert.match(file, /postmortem|post-mortem|incident/);
      const result = lint(fs.readFileSync(path.join(ROOT, 'samples', file), 'utf8'));
      assert.strictEqual(result.template.id, template);
      assert.deepStrictEqual(
        result.findings.map((f) => `${f.ruleId} ${f.range.startLine + 1}: ${f.message}`),
        [],
      );
    });
  }
});

describe('samples/ render cleanly', () => {
  const files = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.md'));
  for (const file of files) {
    it(`${file}: every image is a file beside it, and no link points nowhere`, () => {
      const text = fs.readFileSync(path.join(ROOT, 'samples', file), 'utf8');
      for (const m of text.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)) {
        const src = m[1]!;
        assert.doesNotMatch(src, /^[a-z]+:/i, `${file}: image ${src} is not a local file`);
        assert.ok(
          fs.existsSync(path.join(ROOT, 'samples', decodeURIComponent(src))),
          `${file}: image ${src} is missing`,
        );
      }
      assert.doesNotMatch(
        text,
        /\bexample\.(?:invalid|com)\b|\blocalhost\b/,
        `${file} links to a host that does not exist`,
      );
    });
  }
});
