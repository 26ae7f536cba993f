// The Postmortem Follow-ups view as a person meets it: in the Explorer, with due dates and an overdue mark; a click on
// an item's checkbox ticks "- [ ]" in the file.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { openWorkbench } from './setup';
import type { Workbench } from './workbench';

const FILE = 'followups-postmortem.md';
const TIMEOUT = 60000;

describe('e2e: the Postmortem Follow-ups view', () => {
  let wb: Workbench;
  before(async () => {
    wb = await openWorkbench(FILE);
  });

  it('lists the open action items in the Explorer and checks one off from its checkbox', async () => {
    const header = wb.page.locator('.pane-header', { hasText: 'Postmortem Follow-ups' }).first();
    await header.waitFor({ timeout: TIMEOUT });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    const pane = wb.page.locator('.pane', { has: header }).first();
    const row = (text: string) => pane.locator('.monaco-list-row', { hasText: text }).first();
    // Every postmortem of the workspace is listed (the samples too): collapse them all, then open this one's group.
    await row('Postmortem:').waitFor({ timeout: TIMEOUT });
    await header.hover();
    await header.locator('.action-label[aria-label^="Collapse All"]').click();
    const group = row('Postmortem: probe queue backlog');
    await group.waitFor({ timeout: TIMEOUT });
    await group.click();

    const open = row('Rotate the e2e canary credentials');
    await open.waitFor({ timeout: TIMEOUT });
    assert.match(await open.innerText(), /@kim · due 2099-06-30/);
    const late = row('Archive the e2e probe logs');
    assert.match(await late.innerText(), /@lee · due 2020-03-01 · overdue \d+ d/);
    // Done items are not follow-ups.
    assert.strictEqual(await row('Size the worker pool').count(), 0);

    await open.locator('.custom-view-tree-node-item-checkbox').click();
    await open.waitFor({ state: 'detached', timeout: TIMEOUT });
    const lines = readFileSync(join(process.env.WS_DIR!, FILE), 'utf8').split('\n');
    assert.ok(
      lines.includes('- [x] Rotate the e2e canary credentials (owner: @kim, due: 2099-06-30)'),
      lines.join('\n'),
    );
    assert.ok(
      lines.includes('- [ ] Archive the e2e probe logs (owner: @lee, due: 2020-03-01)'),
      'only that line is ticked',
    );
    await late.waitFor({ timeout: TIMEOUT });
  });
});
