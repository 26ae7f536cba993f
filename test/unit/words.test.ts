// The word count's fast path (counting inline content without parsing it) must give what the parse gives.
import * as assert from 'assert';
import { countContentWords, parsedWords } from '../../src/core/parse/words';

// A small deterministic generator (the fixed seed makes a failure reproducible).
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'word',
  'x',
  'ab1',
  ' ',
  ' ',
  '  ',
  '\n',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '`',
  '``',
  '[',
  ']',
  '(',
  ')',
  '](',
  '<',
  '>',
  '&amp;',
  '&',
  '\\',
  '-',
  '—',
  '.',
  ':',
  '//',
  'http://e.io',
  'www.x.org',
  'é',
  '😀',
  '\u00a0',
  '#',
];

describe('word count fast path', function () {
  this.timeout(60000);
  it('agrees with the markdown-it parse on 20,000 random inline contents (markers, backticks, brackets, URLs)', () => {
    const next = rng(20261130);
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = 1 + Math.floor(next() * 12);
      for (let i = 0; i < len; i++) s += PIECES[Math.floor(next() * PIECES.length)];
      assert.strictEqual(countContentWords(s, {}), parsedWords(s, {}), JSON.stringify(s));
    }
  });

  it('counts inline code as words and splits text where a code span opens inside a word', () => {
    assert.strictEqual(countContentWords('run `df -h` now', {}), 4);
    assert.strictEqual(countContentWords('the`nginx`service', {}), 3);
    assert.strictEqual(countContentWords('a ` b', {}), 2);
  });
});
