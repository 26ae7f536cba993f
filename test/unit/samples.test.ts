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
      assert.deepStrictEqual(result.findings.map((f) => `${f.ruleId} ${f.range.startLine + 1}: ${f.message}`), []);
    });
  }
});
