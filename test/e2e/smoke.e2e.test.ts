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
    // Other documents the earlier tests left open list their own problems: find this one's row by its message.
    const row = await wb.problemRow(/Missing required section "Timeline"/);
    assert.match(await row.innerText(), /PM001/);
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

  it('registers no test hook (postmortem._…): the Keyboard Shortcuts editor lists every registered command', async () => {
    // Activate the extension: open a postmortem and see its problems.
    await wb.openFile('postmortem-missing-timeline.md');
    await wb.problemRow(/PM001/);
    await wb.palette('Preferences: Open Keyboard Shortcuts');
    const rows = wb.page.locator('.keybindings-editor .monaco-list-row');
    await rows.first().waitFor({ timeout: 30000 });
    // The search box has the focus; it matches command ids. A command the extension registers without contributing it
    // is listed: the list holds what is registered.
    const placeholder = rows.filter({ hasText: 'postmortem.replacePlaceholder' });
    await wb.page.keyboard.type('postmortem.replacePlaceholder');
    await placeholder.first().waitFor({ timeout: 30000 });
    // Now the test hooks' prefix: once the row above has gone, the list shows what matches it, which must be nothing.
    await wb.page.keyboard.press('Control+A');
    await wb.page.keyboard.type('postmortem._');
    await placeholder.first().waitFor({ state: 'detached', timeout: 30000 });
    assert.deepStrictEqual(await rows.allInnerTexts(), []);
    await wb.page.keyboard.press('Escape');
  });
});
