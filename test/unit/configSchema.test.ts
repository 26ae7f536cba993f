// `.postmortem.json`: the schema VS Code validates with and the core's validator agree on the blameless fields, and
// the examples in the README and the PM027 page pass both.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_PHRASES, loadConfig } from '../../src/core/index';
import { PHRASE_WHEN } from '../../src/core/templates/custom';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');
const schema = JSON.parse(read('schemas/postmortem.schema.json')) as {
  properties: { blameless: { properties: { disable: { description: string } } } };
  definitions: { phrase: { properties: { when: { enum: string[]; enumDescriptions: string[] } } } };
};
// ajv 8 (draft-07), a devDependency.
const Ajv = require('ajv') as new (o: object) => {
  compile(s: object): ((d: unknown) => boolean) & { errors?: unknown };
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The ```json blocks of a Markdown file that hold a "blameless" key. */
function examples(file: string): unknown[] {
  return [...read(file).matchAll(/```json\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((t) => t.includes('"blameless"'))
    .map((t) => JSON.parse(t) as unknown);
}

describe('.postmortem.json: blameless phrases and template severity', () => {
  it('the schema lists the validator\'s "when" values, each described', () => {
    assert.deepStrictEqual(schema.definitions.phrase.properties.when.enum, [...PHRASE_WHEN]);
    assert.strictEqual(schema.definitions.phrase.properties.when.enumDescriptions.length, PHRASE_WHEN.length);
  });
  it('the schema names every default id and family that "disable" takes', () => {
    const text = schema.properties.blameless.properties.disable.description;
    for (const p of DEFAULT_PHRASES) assert.ok(text.includes(p.id) && text.includes(p.family), p.id);
  });
  for (const file of ['README.md', 'docs/rules/PM027.md']) {
    it(`the examples in ${file} pass the schema and the validator`, () => {
      const found = examples(file);
      assert.ok(found.length > 0, 'no example');
      for (const json of found) {
        assert.ok(validate(json), JSON.stringify(validate.errors));
        assert.deepStrictEqual(loadConfig(JSON.stringify(json)).errors, []);
      }
    });
  }
  it('the schema rejects what the validator rejects: a regex-free phrase list with known fields only', () => {
    for (const bad of [
      { blameless: { phrases: [{ id: 'x' }] } },
      { blameless: { phrases: [{ id: 'x', phrases: ['a'], when: 'sometimes' }] } },
      { blameless: { extra: [] } },
      { templates: [{ id: 't', blameless: 'loud', sections: [{ title: 'A' }] }] },
    ]) {
      assert.strictEqual(validate(bad), false, JSON.stringify(bad));
      assert.ok(loadConfig(JSON.stringify(bad)).errors.length > 0, JSON.stringify(bad));
    }
  });
});
