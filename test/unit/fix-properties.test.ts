// Property tests of fixes (quick run; npm run fuzz runs many more): over documents with LF, CRLF, lone CR and mixed
// endings, a BOM, tabs and Unicode, no fix loses or doubles a line it did not mean to change, the timeline sort only
// reorders lines (mixed zones included), and fix-all adds no error and keeps every line's ending and the BOM.
import * as assert from 'assert';
import { assertKeepsLines, checkFixes, runFixProperties } from './helpers/fixProperties';

describe('fix properties (300 generated documents; npm run fuzz runs 10,000)', function () {
  this.timeout(120000);
  // A fixed seed: the same 300 documents on every run, so CI never goes red by chance; npm run fuzz explores new seeds.
  it('no fix loses, doubles or reorders lines it does not mean to change; endings and BOM kept; no new error', () =>
    runFixProperties(300, 20261130));
  it('sorts a lone-CR timeline whole, in place', () => {
    const text = '# P\r\r## Timeline\r\r- 10:05 UTC - b\r  more b\r- 10:00 UTC - a\r- 10:10 UTC - c\r\r## Next\r';
    checkFixes(text);
  });
  it('the check fails on a fix that rewrites lines it did not cover (as splitting a lone CR differently once did)', () => {
    const before = ['## Timeline', '- 10:05 UTC - b', '- 10:00 UTC - a', '## Next'];
    const fix = {
      title: 'sort',
      edits: [
        {
          range: { startLine: 1, startColumn: 0, endLine: 2, endColumn: 15 },
          newText: '- 10:00 UTC - a\n- 10:05 UTC - b',
        },
      ],
    };
    assertKeepsLines(before, fix, ['## Timeline', '- 10:00 UTC - a', '- 10:05 UTC - b', '## Next'], 'a good sort');
    assert.throws(
      () =>
        assertKeepsLines(
          before,
          fix,
          ['## Timeline', '- 10:00 UTC - a', '- 10:05 UTC - b'],
          'a sort that ate the next line',
        ),
      /lost or reordered/,
    );
    assert.throws(
      () =>
        assertKeepsLines(
          before,
          fix,
          ['- 10:00 UTC - a', '- 10:05 UTC - b', '## Timeline', '## Next'],
          'a sort that moved the heading',
        ),
      /lost or reordered/,
    );
  });
});
