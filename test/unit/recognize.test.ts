// Which Markdown texts are postmortems whatever their file name: markers, front matter, the first heading.
import * as assert from 'assert';
import { firstHeading, looksLikePostmortem } from '../../src/core/index';

describe('looksLikePostmortem', () => {
  const yes = [
    '# Postmortem: checkout outage\n',
    '# Post-mortem of the DNS incident\n',
    'Incident Report: payments\n==========\n',
    '**Incident Review - 2024-03-12**\n\ntext',
    '<!-- postmortem: google-sre -->\n# Sonnet++\n',
    '---\ntitle: x\ntemplate: atlassian\n---\n# Search down\n',
    '---\ntitle: x\n---\n# RCA: CI jobs stuck\n',
  ];
  const no = [
    '# Meeting notes\n\nNothing here is a postmortem; we discussed the postmortem process.\n',
    '# README\n\n## Postmortem\n',
    'Just text about a postmortem.\n',
    '',
  ];
  for (const text of yes)
    it(`recognises ${JSON.stringify(text.slice(0, 40))}`, () => assert.strictEqual(looksLikePostmortem(text), true));
  for (const text of no)
    it(`ignores ${JSON.stringify(text.slice(0, 40))}`, () => assert.strictEqual(looksLikePostmortem(text), false));
  it('reads the first heading of each style', () => {
    assert.strictEqual(firstHeading(['', '## Title ##']), 'Title');
    assert.strictEqual(firstHeading(['Title', '---']), 'Title');
    assert.strictEqual(firstHeading(['__Bold title__:']), 'Bold title');
  });
});
