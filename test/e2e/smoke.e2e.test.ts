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

  it('offers its commands in the palette under the Postmortem category', async () => {
    await wb.page.keyboard.press('F1');
    const input = wb.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Postmortem: ');
    const rows = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Postmortem:' });
    await rows.filter({ hasText: 'Insert Timeline Entry' }).first().waitFor();
    await rows.filter({ hasText: 'Open Preview' }).first().waitFor();
    await wb.page.keyboard.press('Escape');
  });
});
