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
    const item = wb.statusBarItem(/\d+ words · 400–600/);
    await item.waitFor({ timeout: 30000 });
    assert.match(await item.innerText(), /^\d+ words · 400–600$/);
  });

  it('lists the expected problems of a postmortem in the Problems panel', async () => {
    await wb.openFile('timeline-problems-postmortem.md');
    await wb.problemRow(/PM013/);
    const rows = (await wb.problemRows()).join('\n');
    for (const expected of [/PM003\/timeline-timezone: Timeline entry has no time zone \[09:00\]/, /PM013\/timeline-order/, /PM019\/placeholders: Left-over placeholder "TBD"/, /PM005\/word-count/]) {
      assert.match(rows, expected);
    }
  });

  it('inserts a stamped timeline entry from the command palette, ready to type', async () => {
    await wb.openFile('alx-0x19-postmortem.md');
    await wb.goToLine(18, 1);
    await wb.palette('Postmortem: Insert Timeline Entry');
    // The entry "- **HH:MM UTC** - " lands on line 19 with the cursor after it (column 30 when the date is added).
    await wb.statusBarItem(/Ln 19, Col (19|30)\b/).waitFor({ timeout: 30000 });
    await wb.page.keyboard.type('Paged the storage team.');
    const line = wb.page.locator('.editor-group-container.active .view-line', { hasText: 'Paged the storage team.' }).first();
    await line.waitFor({ timeout: 30000 });
    assert.match((await line.innerText()).replace(/\u00a0/g, ' '), /^- \*\*(\d{4}-\d\d-\d\d )?\d\d:\d\d UTC\*\* - Paged the storage team\.$/);
    await wb.revertFile('alx-0x19-postmortem.md');
  });
});
