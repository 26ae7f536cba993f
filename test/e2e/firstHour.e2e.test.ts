// A new user's first hour, as a person meets it in the installed .vsix: the walkthrough (its icon, its buttons with the
// walkthrough page in front, New Postmortem… by keyboard) and Export HTML… of an untitled postmortem.
import * as assert from 'assert';
import { openWorkbench } from './setup';
import { EXPORT_WAIT_MS, type Workbench } from './workbench';

const STAMP = 'stamp-timeline-postmortem.md';
const TIMEOUT = 30000;

describe("e2e: a new user's first hour (walkthrough, export)", () => {
  let wb: Workbench;
  before(async () => {
    wb = await openWorkbench(STAMP);
  });
  beforeEach(async () => {
    await wb.closeAllEditors();
  });

  /** Opens the walkthrough "Write a postmortem" in the active group. */
  async function openWalkthrough(): Promise<void> {
    await wb.palette('Welcome: Open Walkthrough...');
    await wb.pickRow('Write a postmortem');
    await wb.page
      .locator('.getting-started-step .step-title', { hasText: 'Start from a template' })
      .first()
      .waitFor({ timeout: TIMEOUT });
  }

  it('the Welcome page lists the walkthrough with its icon', async () => {
    await wb.palette('Help: Welcome');
    const back = wb.page.locator('.gettingStartedContainer .prev-button:visible').first();
    if (await back.count()) await back.click();
    const icon = wb.page
      .locator('.getting-started-category', { hasText: 'Write a postmortem' })
      .locator('img.category-icon')
      .first();
    await icon.waitFor({ timeout: TIMEOUT });
    await wb.page.waitForFunction(
      (el) => !!el && (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
      await icon.elementHandle(),
      { timeout: TIMEOUT },
    );
  });

  it("the walkthrough's Insert Timeline Entry button writes into the postmortem open behind the walkthrough", async () => {
    await wb.openFile(STAMP);
    // A tab of its own (not a preview tab the walkthrough would replace), the cursor on the last entry.
    await wb.palette('View: Keep Editor');
    await wb.goToLine(11, 1);
    await openWalkthrough();
    await wb.page
      .locator('.getting-started-step .step-title', { hasText: 'Stamp the timeline as it happens' })
      .first()
      .click();
    const button = wb.page
      .locator('.getting-started-step.expanded .monaco-button', { hasText: 'Insert Timeline Entry' })
      .first();
    await button.waitFor({ timeout: TIMEOUT });
    await button.click();
    // The postmortem comes to the front with the new entry, its time (a past incident) selected to type over.
    await wb.page
      .locator('.editor-group-container.active .tabs-container .tab.active', { hasText: STAMP })
      .waitFor({ timeout: TIMEOUT });
    await wb.statusBarItem(/Ln 12, Col \d+ \(5 selected\)/).waitFor({ timeout: TIMEOUT });
    await wb.editorLine('- **06:45 UTC** -').waitFor({ timeout: TIMEOUT });
    assert.strictEqual(await wb.notification(/open a Markdown postmortem/).count(), 0);
    await wb.revertFile(STAMP);
  });

  it('New Postmortem… from the walkthrough, by keyboard: the picker keeps the keyboard while the page moves focus', async () => {
    await openWalkthrough();
    const button = wb.page
      .locator('.getting-started-step.expanded .monaco-button', { hasText: 'New Postmortem' })
      .first();
    await button.waitFor({ timeout: TIMEOUT });
    // The page moves focus to the step (up to 250 ms after the press): note when it has.
    await wb.page.evaluate(() => {
      const w = window as unknown as { pmStepFocused: boolean };
      w.pmStepFocused = false;
      document.addEventListener('focusin', (e) => {
        if ((e.target as Element).matches?.('.getting-started-step')) w.pmStepFocused = true;
      });
    });
    await button.focus();
    await wb.page.keyboard.press('Enter');
    const title = wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'New Postmortem (1/2)' });
    await title.waitFor({ timeout: TIMEOUT });
    await wb.page.waitForFunction(() => (window as unknown as { pmStepFocused: boolean }).pmStepFocused, undefined, {
      timeout: TIMEOUT,
    });
    // The keyboard still reaches the picker: typing filters it, Enter picks.
    await wb.page.keyboard.type('Atlassian');
    await wb.page.waitForFunction(
      () => document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row').length === 1,
      undefined,
      { timeout: TIMEOUT },
    );
    await wb.page.keyboard.press('Enter');
    await wb.page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'New Postmortem (2/2)' })
      .waitFor({ timeout: TIMEOUT });
    // Every zone described alike: offset, abbreviation when there is one, the clock there.
    const rows = await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
    for (const row of rows.filter((r) => !/Other IANA/.test(r)))
      assert.match(row.replace(/\s+/g, ' '), /UTC[+-]\d\d:\d\d (?:· [A-Z]{2,5} )?· \d\d:\d\d now/, row);
    await wb.pickRow('postmortem.timeline.timeZone');
    const tab = wb.page.locator('.editor-group-container.active .tabs-container .tab.active', {
      hasText: /^postmortem-\d{4}-\d\d-\d\d\.md/,
    });
    await tab.waitFor({ timeout: TIMEOUT });
    await wb.editorLine(/^# Atlassian incident postmortem$/).waitFor({ timeout: TIMEOUT });
    await wb.page.keyboard.press('Escape');
    await wb.palette('View: Revert and Close Editor');
    await tab.waitFor({ state: 'detached', timeout: TIMEOUT });
    // Close the walkthrough with the mouse: its page (a webview) may hold the keyboard, and F1 with it.
    const walkthrough = wb.page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).first();
    await walkthrough.hover();
    await walkthrough.locator('.codicon-close').first().click();
    await walkthrough.waitFor({ state: 'detached', timeout: TIMEOUT });
  });

  it('Export HTML… of an untitled postmortem proposes the workspace folder and a name from its title, then offers Open and Reveal', async function () {
    // The export may wait for a new preview to load Mermaid and draw (up to a minute on a loaded machine).
    this.timeout(EXPORT_WAIT_MS + 60000);
    await wb.palette('Postmortem: New Postmortem…');
    await wb.pickRow(/ALX 0x19/);
    await wb.pickRow('postmortem.timeline.timeZone');
    const tab = wb.page.locator('.editor-group-container.active .tabs-container .tab.active', {
      hasText: /^postmortem-\d{4}-\d\d-\d\d\.md/,
    });
    await tab.waitFor({ timeout: TIMEOUT });
    await wb.editorLine(/^# ALX 0x19 Postmortem$/).waitFor({ timeout: TIMEOUT });
    await wb.page.keyboard.press('Escape');
    await wb.palette('Postmortem: Export HTML…');
    const input = wb.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    const folder = process.env.WS_DIR!.replace(/\/$/, '');
    // The simple dialog fills in the folder first and the proposed name a moment later: wait for the name.
    await wb.page
      .waitForFunction(
        () =>
          /alx-0x19-postmortem\.html$/.test(
            document.querySelector<HTMLInputElement>('.quick-input-widget input.input')?.value ?? '',
          ),
        undefined,
        { timeout: TIMEOUT },
      )
      .catch(async (error: unknown) => {
        throw new Error(`the save dialog proposes "${await input.inputValue()}" (${String(error)})`);
      });
    assert.strictEqual(await input.inputValue(), `${folder}/alx-0x19-postmortem.html`);
    await wb.page.keyboard.press('Enter');
    const done = wb.notification('exported alx-0x19-postmortem.html');
    await done.waitFor({ timeout: EXPORT_WAIT_MS });
    await done.locator('.monaco-button', { hasText: 'Open' }).first().waitFor({ timeout: TIMEOUT });
    await done.locator('.monaco-button', { hasText: 'Reveal' }).first().click();
    await wb.page
      .locator('.explorer-folders-view .monaco-list-row.selected', { hasText: 'alx-0x19-postmortem.html' })
      .waitFor({ timeout: TIMEOUT });
    await wb.page
      .locator('.tabs-container .tab', { hasText: /^postmortem-\d{4}-\d\d-\d\d\.md/ })
      .first()
      .click();
    await wb.palette('View: Revert and Close Editor');
  });
});
