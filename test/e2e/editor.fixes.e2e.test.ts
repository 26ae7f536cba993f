// Fixing a postmortem as a person does: the light bulb, Ctrl+., the status-bar checklist, fix-all on Ctrl+S.
import * as assert from 'assert';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { openWorkbench } from './setup';
import type { Workbench } from './workbench';

const MISSING = 'quickfix-missing-section-postmortem.md';
const NO_ZONE = 'quickfix-timezone-postmortem.md';
const CHECKLIST = 'checklist-postmortem.md';
const ON_SAVE = 'fixonsave-postmortem.md';

/** The workspace settings this suite needs, written before its window loads and removed after it. */
const SETTINGS_DIR = (): string => join(process.env.WS_DIR!, '.vscode');

/** The index of the first line starting with `prefix` (-1 when none). */
const lineOf = (lines: string[], prefix: string): number => lines.findIndex((l) => l.startsWith(prefix));

describe('e2e: fixing problems from the editor', () => {
  let wb: Workbench;
  before(async () => {
    // Fix-all on an explicit save, as the README tells users to set it (read when the window loads).
    mkdirSync(SETTINGS_DIR(), { recursive: true });
    writeFileSync(
      join(SETTINGS_DIR(), 'settings.json'),
      JSON.stringify(
        {
          '[markdown]': { 'editor.codeActionsOnSave': { 'source.fixAll.postmortem': 'explicit' } },
        },
        null,
        2,
      ),
    );
    wb = await openWorkbench(MISSING);
  });
  // One file at a time, as a person works: the Problems panel then lists only that file's rows.
  beforeEach(async () => {
    await wb.closeAllEditors();
  });
  after(() => {
    rmSync(SETTINGS_DIR(), { recursive: true, force: true });
  });

  it('inserts a missing section from the quick-fix menu at the finding (what the light bulb opens), undone by one Ctrl+Z', async () => {
    await wb.openFile(MISSING);
    await wb.problemRow(/Missing required section "Timeline"/);
    const original = (await wb.visibleLines()).join('\n');
    // The finding sits on the title: put the cursor there and ask for its fixes, as the light bulb there does.
    await wb.goToLine(1, 3);
    await wb.quickFix('Insert section "Timeline"');
    await wb.editorLine(/^## Timeline$/).waitFor({ timeout: 30000 });
    const fixed = await wb.visibleLines();
    const at = lineOf(fixed, '## Timeline');
    assert.ok(
      lineOf(fixed, '## Issue Summary') < at && at < lineOf(fixed, '## Root cause and resolution'),
      fixed.join('\n'),
    );
    await wb.page
      .locator('.markers-panel .monaco-list-row', { hasText: /Missing required section "Timeline"/ })
      .waitFor({ state: 'detached', timeout: 30000 });
    await wb.page.keyboard.press('Control+Z');
    await wb.waitForEditorText(original);
    await wb.waitSaved(MISSING);
  });

  it('adds the missing time zone with Ctrl+. on the entry, undone by one Ctrl+Z', async () => {
    await wb.openFile(NO_ZONE);
    await wb.problemRow(/Timeline entry has no time zone \[08:12\]/);
    const original = (await wb.visibleLines()).join('\n');
    await wb.goToLine(11, 6);
    await wb.applyCodeAction('Add time zone UTC');
    await wb.editorLine('- **08:12 UTC** - On-call engineer found the worker paused.').waitFor({ timeout: 30000 });
    await wb.page
      .locator('.markers-panel .monaco-list-row', { hasText: /no time zone \[08:12\]/ })
      .waitFor({ state: 'detached', timeout: 30000 });
    await wb.page.keyboard.press('Control+Z');
    await wb.waitForEditorText(original);
    await wb.waitSaved(NO_ZONE);
  });

  it('shows the section checklist from the word count and inserts a missing section picked there', async () => {
    await wb.openFile(CHECKLIST);
    const problem = await wb.problemRow(/Missing required section "Corrective and preventative measures"/);
    const original = (await wb.visibleLines()).join('\n');
    await wb.statusBarItem(/^\d+ words · \d+ min · 400–600$/).click();
    const rows = wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const row = (title: string) => rows.filter({ hasText: title }).first();
    await row('Corrective and preventative measures').waitFor({ timeout: 30000 });
    for (const present of ['Issue Summary', 'Timeline', 'Root cause and resolution']) {
      assert.strictEqual(await row(present).locator('.codicon-pass-filled').count(), 1, `${present} should be ticked`);
    }
    const missing = row('Corrective and preventative measures');
    assert.strictEqual(await missing.locator('.codicon-circle-large-outline').count(), 1);
    assert.match(await missing.innerText(), /missing \(required\)/);
    await missing.click();
    await wb.editorLine(/^## Corrective and preventative measures$/).waitFor({ timeout: 30000 });
    await problem.waitFor({ state: 'detached', timeout: 30000 });
    await wb.revertFile(CHECKLIST);
    await wb.waitForEditorText(original);
  });

  it('fixes everything on Ctrl+S when editor.codeActionsOnSave asks for source.fixAll.postmortem', async () => {
    await wb.openFile(ON_SAVE);
    await wb.problemRow(/out of chronological order \[21:00 after 21:20 UTC\]/);
    await wb.goToLine(16, 1);
    await wb.page.keyboard.type('In short: ');
    await wb.page
      .locator('.editor-group-container.active .tabs-container .tab.dirty', { hasText: ON_SAVE })
      .waitFor({ timeout: 30000 });
    await wb.page.keyboard.press('Control+S');
    await wb.waitSaved(ON_SAVE);
    await wb.editorLine('- **21:00 UTC** - Alert fired on the index lag.').waitFor({ timeout: 30000 });
    const shown = await wb.visibleLines();
    assert.ok(lineOf(shown, '- **21:00 UTC**') < lineOf(shown, '- **21:20 UTC**'), shown.join('\n'));
    const onDisk = readFileSync(join(process.env.WS_DIR!, ON_SAVE), 'utf8');
    assert.match(
      onDisk,
      /- \*\*21:00 UTC\*\* - Alert fired on the index lag\.\n- \*\*21:20 UTC\*\* - Indexing worker restarted\.\n- \*\*21:50 UTC\*\*/,
    );
    assert.match(onDisk, /\nIn short: The indexing worker hung/);
  });
});
