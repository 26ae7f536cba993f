// snippets/markdown.json parses and matches the templates (regenerate: UPDATE_SNIPPETS=1 npx mocha out/test/unit/snippets.test.js).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildSnippets, SnippetNames } from '../../src/core/index';
import { builtinTemplates } from '../../src/core/templates';

const ROOT = path.resolve(__dirname, '../../..');
const FILE = path.join(ROOT, 'snippets', 'markdown.json');

describe('snippets/markdown.json', () => {
  const expected = buildSnippets(builtinTemplates);
  if (process.env.UPDATE_SNIPPETS) fs.writeFileSync(FILE, JSON.stringify(expected, null, 2) + '\n');
  const actual = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, { prefix: string; body: string[] }>;

  it('is in step with the templates', () => {
    assert.deepStrictEqual(actual, expected, 'run UPDATE_SNIPPETS=1 npx mocha out/test/unit/snippets.test.js');
  });
  it('has a whole postmortem per template, a timeline entry, an action item and a Mermaid block', () => {
    for (const t of builtinTemplates) assert.ok(actual[SnippetNames.whole(t)], t.id);
    assert.match(actual[SnippetNames.timelineEntry]!.body.join('\n'), /\$CURRENT_HOUR:\$CURRENT_MINUTE/);
    assert.ok(actual[SnippetNames.actionItem]);
    assert.match(actual[SnippetNames.mermaid]!.body[0]!, /^```mermaid$/);
  });
  it('has a section snippet for every template section and unique prefixes', () => {
    for (const t of builtinTemplates) {
      for (const s of t.sections) {
        const hit = Object.entries(actual).some(
          ([name]) =>
            name === SnippetNames.section(s.title) || name === `${SnippetNames.section(s.title)} (${t.title})`,
        );
        assert.ok(hit, `${t.id}/${s.id}`);
      }
    }
    const prefixes = Object.values(actual).map((s) => s.prefix);
    assert.strictEqual(new Set(prefixes).size, prefixes.length);
  });
});
