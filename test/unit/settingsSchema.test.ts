// The manifest completes and shows what the code accepts: `postmortem.rules` keys are rule ids and names, values are
// severities; `postmortem.defaultTemplate` offers the built-in templates (custom ids stay valid).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinTemplates, ruleMetas } from '../../src/core/index';

const ROOT = path.resolve(__dirname, '../../..');
interface Schema {
  type?: string;
  enum?: string[];
  enumDescriptions?: string[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  propertyNames?: Schema;
  additionalProperties?: Schema;
  markdownDescription?: string;
}
const settings = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, Schema> } };
  }
).contributes.configuration.properties;
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

describe('settings schema', () => {
  it('postmortem.rules: keys are the rule ids and names, values the severities (each rule listed for the Settings editor)', () => {
    const rules = settings['postmortem.rules']!;
    // Out of step after adding a rule or a template? node scripts/settings-schema.mjs writes it.
    assert.deepStrictEqual(rules.propertyNames?.enum, [...ruleMetas.map((r) => r.id), ...ruleMetas.map((r) => r.name)]);
    assert.deepStrictEqual(
      Object.keys(rules.properties ?? {}),
      ruleMetas.map((r) => r.id),
    );
    for (const r of ruleMetas) {
      const p = rules.properties![r.id]!;
      assert.deepStrictEqual(p.enum, SEVERITIES, r.id);
      assert.strictEqual(p.enumDescriptions?.length, SEVERITIES.length, r.id);
      assert.ok(
        p.markdownDescription?.includes(r.name) && p.markdownDescription.includes(r.description),
        `${r.id} describes its rule`,
      );
    }
    assert.deepStrictEqual(rules.additionalProperties?.enum, SEVERITIES);
    assert.strictEqual(rules.additionalProperties?.enumDescriptions?.length, SEVERITIES.length);
  });

  it('postmortem.defaultTemplate offers the built-in template ids and accepts a custom one', () => {
    const t = settings['postmortem.defaultTemplate']!;
    const offered = t.anyOf?.find((s) => s.enum);
    assert.deepStrictEqual(
      offered?.enum,
      builtinTemplates.map((x) => x.id),
    );
    assert.strictEqual(offered?.enumDescriptions?.length, builtinTemplates.length);
    assert.ok(
      t.anyOf?.some((s) => s.type === 'string' && !s.enum),
      'a custom template id is still valid',
    );
  });
});

describe('walkthrough manifest', () => {
  it('names its own icon, a file the .vsix ships', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { walkthroughs: Array<{ icon?: string }> };
    };
    const icon = pkg.contributes.walkthroughs[0]!.icon;
    assert.ok(icon && fs.existsSync(path.join(ROOT, icon)), `walkthrough icon ${icon}`);
    assert.ok(
      fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes(`!${icon}`),
      `${icon} is left out of the .vsix`,
    );
  });
});
