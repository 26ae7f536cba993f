// The editor features as a person uses them: a timeline entry from the palette, rows in the Problems panel, the word count.
import * as assert from 'assert';
import { openWorkbench } from './setup';
import type { Workbench } from './workbench';

describe('e2e: writing a postmortem in the editor', () => {
  let wb: Workbench;
  before(async () => {
    wb = await openWorkbench('alx-0x19-postmortem.md');
  });
  // Each test opens its own file in an empty window.
  beforeEach(async () => {
    await wb.closeAllEditors();
  });

  it('shows the word count against the template range in the status bar', async () => {
    await wb.openFile('alx-0x19-postmortem.md');
    const item = wb.statusBarItem(/\d+ words · \d+ min · 400–600/);
    await item.waitFor({ timeout: 30000 });
    assert.match(await item.innerText(), /^\d+ words · \d+ min · 400–600$/);
  });

  it('lists the expected problems of a postmortem in the Problems panel', async () => {
    await wb.openFile('timeline-problems-postmortem.md');
    await wb.problemRow(/PM013/);
    const rows = (await wb.problemRows()).join('\n');
    // Each row: the message, then "postmortem(PMxxx)" (shown as its lines): the rule id once, as the code.
    for (const expected of [
      /Timeline entry has no time zone \[09:00\][^\n]*\npostmortem\nPM003\n/,
      /out of chronological order[^\n]*\npostmortem\nPM013\n/,
      /Left-over placeholder "TBD"\npostmortem\nPM019\n/,
      /words[^\n]*\npostmortem\nPM005\n/,
    ]) {
      assert.match(rows, expected);
    }
    assert.doesNotMatch(rows, /PM\d{3}\//);
  });

  it('inserts a stamped timeline entry from the command palette, ready to type', async () => {
    await wb.openFile('alx-0x19-postmortem.md');
    await wb.goToLine(18, 1);
    await wb.palette('Postmortem: Insert Timeline Entry');
    // A past incident: "- **14:15 UTC** - " lands on line 19, between 14:12 and 14:18, with its time selected to type over.
    await wb.statusBarItem(/Ln 19, Col \d+ \(5 selected\)/).waitFor({ timeout: 30000 });
    await wb.page.keyboard.type('14:14');
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.type('Paged the storage team.');
    const line = wb.page
      .locator('.editor-group-container.active .view-line', { hasText: 'Paged the storage team.' })
      .first();
    await line.waitFor({ timeout: 30000 });
    assert.strictEqual((await line.innerText()).replace(/\u00a0/g, ' '), '- **14:14 UTC** - Paged the storage team.');
    await wb.revertFile('alx-0x19-postmortem.md');
  });
});
