// Linear rewrites of patterns that backtracked (eslint-plugin-regexp): they must read what the regexes read.
import * as assert from 'assert';
import { lint } from '../../src/core/index';
import { anyCase, trimEndOf, trimStartOf } from '../../src/core/parse/chars';
import { firstHeading } from '../../src/core/outline/recognize';
import { linesMatching, parseText } from '../../src/core/parse/index';

describe('linear text helpers', () => {
  it('trim runs of given characters (and white space) at either end only', () => {
    assert.strictEqual(trimEndOf('a.b.,)', '.,)'), 'a.b');
    assert.strictEqual(trimEndOf('text \n\n', '\n'), 'text ');
    assert.strictEqual(trimEndOf('**Title** \t', '*_', true), '**Title');
    assert.strictEqual(trimStartOf('## * Title', '#*_', true), 'Title');
    assert.strictEqual(trimEndOf('', 'x'), '');
  });

  it('firstHeading reads ATX headings with closing hashes, bold lines with a colon, setext, and skips the rest', () => {
    assert.strictEqual(firstHeading(['## Postmortem: outage ##']), 'Postmortem: outage');
    assert.strictEqual(firstHeading(['#NoSpace', '**Incident Report**:']), 'Incident Report');
    assert.strictEqual(firstHeading(['#######  seven', '__Postmortem__']), 'Postmortem');
    assert.strictEqual(firstHeading(['---', 'title: x', '---', 'Outage review', '====']), 'Outage review');
    assert.strictEqual(firstHeading(['****', 'plain text']), undefined);
  });

  it('an ellipsis after a short label is a placeholder; one ending a sentence is not', () => {
    const doc = (line: string): string[] =>
      lint(`# Postmortem\n\n## Issue Summary\n\n${line}\n`)
        .findings.filter((f) => f.ruleId === 'PM019')
        .map((f) => f.message);
    assert.ok(doc('- **Impact:** …').some((m) => m.includes('"…"')));
    assert.ok(doc('1. Root cause: ...').some((m) => m.includes('"..."')));
    assert.deepStrictEqual(doc('We restarted the proxy, and then waited …'), []);
    assert.deepStrictEqual(doc(`${'x'.repeat(100)}: …`), []);
  });

  it('linesMatching flags exactly the lines a test per line would, whatever the line endings', () => {
    const words = ['', 'ab', 'xab', 'a', 'b ab ab', '---', 'title: ab', '  ab', 'ba', '\u00a0ab'];
    const eols = ['\n', '\r\n', '\r'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 300; k++) {
      const count = 1 + next(12);
      let text = '';
      for (let i = 0; i < count; i++) text += words[next(words.length)]! + (i + 1 < count ? eols[next(3)] : '');
      const p = parseText(text);
      for (const re of [/ab/g, /\bab\b/gi, /^ab/gm, /b$/gm]) {
        const flags = linesMatching(p, re);
        const one = new RegExp(re.source, re.flags.replace(/[gm]/g, ''));
        const expected = p.lines.map((l) => (one.test(l) ? 1 : 0));
        assert.deepStrictEqual([...flags], expected, `${JSON.stringify(text)} ${String(re)}`);
      }
    }
    assert.throws(() => linesMatching(parseText('ab'), /ab/), /global/);
  });

  it('anyCase matches a literal in any case, as the i flag would, and nothing else', () => {
    for (const [literal, text, expected] of [
      ['Month D', 'due MONTH d, YYYY', true],
      ['Month D', 'Monthly D', false],
      ['a.b', 'A.B', true],
      ['a.b', 'axb', false],
      ['[todo', '[ToDo: write it]', true],
      ['café', 'CAFÉ', true],
      ['straße', 'STRASSE', false],
    ] as const) {
      const re = new RegExp(anyCase(literal));
      assert.strictEqual(re.test(text), expected, `${literal} in ${text}`);
      const escaped = literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.strictEqual(re.test(text), new RegExp(escaped, 'i').test(text), `as /${escaped}/i on ${text}`);
    }
  });
});
