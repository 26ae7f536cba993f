// The injection grammar parses, is scoped narrowly, and its patterns mark what they should (checked with JS regexes).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

interface Pattern {
  match?: string;
  name?: string;
  patterns?: Pattern[];
  captures?: Record<string, { name: string }>;
}
const grammar = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'syntaxes/postmortem.injection.tmLanguage.json'), 'utf8'),
) as {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, Pattern>;
};

/** Every match of a repository entry in a line, as [text, scope] pairs. */
function marks(key: string, line: string): string[] {
  const entry = grammar.repository[key]!;
  const out: string[] = [];
  for (const p of entry.patterns ?? [entry]) {
    for (const m of line.matchAll(new RegExp(p.match!, 'g'))) {
      if (p.captures)
        for (const [i, c] of Object.entries(p.captures)) {
          if (m[Number(i)]) out.push(`${m[Number(i)]}=${c.name.split('.').slice(0, 2).join('.')}`);
        }
      else out.push(m[0]);
    }
  }
  return out;
}

describe('syntaxes/postmortem.injection.tmLanguage.json', () => {
  it('injects into Markdown only, never into code', () => {
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
    for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-meta.embedded'])
      assert.ok(grammar.injectionSelector.includes(excluded));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { grammars: Array<{ scopeName: string; injectTo?: string[] }> };
    };
    const contributed = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName);
    assert.deepStrictEqual(contributed?.injectTo, ['text.html.markdown']);
  });
  it('marks timestamps, dates and zones', () => {
    assert.deepStrictEqual(marks('timestamp', '- **14:32 UTC** - Alert'), [
      '14:32=constant.numeric',
      'UTC=support.constant',
    ]);
    assert.deepStrictEqual(marks('timestamp', '2024-04-13 09:05 WAT: paged'), [
      '2024-04-13=constant.numeric',
      '09:05=constant.numeric',
      'WAT=support.constant',
    ]);
    assert.deepStrictEqual(marks('timestamp', 'at 2:30 PM GMT+1 and 2100hrs'), [
      '2:30 PM=constant.numeric',
      'GMT+1=support.constant',
      '2100hrs=constant.numeric',
    ]);
    assert.deepStrictEqual(marks('timestamp', '10:05 then'), ['10:05=constant.numeric']);
  });
  it('leaves versions, ratios and words alone', () => {
    assert.deepStrictEqual(marks('timestamp', 'v1.12:30 ratio 1:2, 25:61, 12:345, API 10:00API'), []);
  });
  it('marks placeholders', () => {
    assert.deepStrictEqual(marks('placeholder', 'Owner: TBD, at HH:MM, ${2:why}, [insert impact], TBDX'), [
      '${2:why}',
      'TBD',
      'HH:MM',
      '[insert impact]',
    ]);
  });
  it('marks task checkboxes only after a list marker', () => {
    assert.deepStrictEqual(marks('task-checkbox', '- [ ] patch nginx'), ['[ ]']);
    assert.deepStrictEqual(marks('task-checkbox', '* [x] done'), ['[x]']);
    assert.deepStrictEqual(marks('task-checkbox', 'see [ ] here and [link](x)'), []);
  });
});
