// Linear rewrites of patterns that backtracked (eslint-plugin-regexp): they must read what the regexes read.
import * as assert from 'assert';
import { lint } from '../../src/core/index';
import { trimEndOf, trimStartOf } from '../../src/core/parse/chars';
import { firstHeading } from '../../src/core/outline/recognize';

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
});
