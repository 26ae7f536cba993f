// The packaged extension, installed from its .vsix, as a person meets it: open a postmortem, see its problems.
import * as assert from 'assert';
import { openWorkbench } from './setup';
import type { Workbench } from './workbench';

describe('e2e: the installed .vsix in code-server', () => {
  let wb: Workbench;
  before(async () => {
    wb = await openWorkbench('postmortem-missing-timeline.md');
  });

  it('shows the missing Timeline section in the Problems panel', async () => {
    await wb.openFile('postmortem-missing-timeline.md');
    const row = await wb.problemRow(/PM001/);
    assert.match(await row.innerText(), /Timeline/);
  });

  it('lists the extension among the installed ones', async () => {
    await wb.palette('Extensions: Show Installed Extensions');
    await wb.page.locator('.extension-list-item', { hasText: 'Postmortem Writer' }).first().waitFor();
  });
});
