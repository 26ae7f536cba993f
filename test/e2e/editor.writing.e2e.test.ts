// Writing a postmortem as a person does: Ctrl+Alt+T, New Postmortem… and its tab stops, snippet completion,
// the highlighting grammar in the real editor, and the Getting Started walkthrough.
import * as assert from 'assert';
import { openWorkbench } from './setup';
import type { Workbench } from './workbench';

const STAMP = 'stamp-timeline-postmortem.md';
const SNIPPET = 'snippet-postmortem.md';
const TEXT = 'plain-notes.txt';

describe('e2e: writing a postmortem in the editor (keys, snippets, highlighting)', () => {
  let wb: Workbench;
  before(async () => {
    wb = await openWorkbench(STAMP);
  });
  // One file at a time, as a person works: the Problems panel then lists only that file's rows.
  beforeEach(async () => {
    await wb.closeAllEditors();
  });

  it('Ctrl+Alt+T inserts a stamped timeline entry after the entry under the cursor, ready to type', async () => {
    await wb.openFile(STAMP);
    await wb.goToLine(10, 1);
    await wb.page.keyboard.press('Control+Alt+KeyT');
    // A past incident (its summary dates it 6 June 2024): "- **06:20 UTC** - " on line 11, between 06:00 and 06:40,
    // its time selected to type over; Tab goes on to the text.
    await wb.statusBarItem(/Ln 11, Col \d+ \(5 selected\)/).waitFor({ timeout: 30000 });
    await wb.page.keyboard.type('06:05');
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.type('Paged the mail team.');
    const line = wb.editorLine('Paged the mail team.');
    await line.waitFor({ timeout: 30000 });
    assert.strictEqual((await line.innerText()).replace(/\u00a0/g, ' '), '- **06:05 UTC** - Paged the mail team.');
    const lines = await wb.visibleLines();
    const at = lines.findIndex((l) => l.includes('Paged the mail team.'));
    assert.ok(
      lines[at - 1]!.startsWith('- **06:00 UTC**') && lines[at + 1]!.startsWith('- **06:40 UTC**'),
      lines.join('\n'),
    );
    await wb.revertFile(STAMP);
  });

  it('the Ctrl+K N chord (free on every desktop) inserts an entry too', async () => {
    await wb.openFile(STAMP);
    await wb.goToLine(10, 1);
    await wb.page.keyboard.press('Control+KeyK');
    await wb.page.keyboard.press('KeyN');
    await wb.statusBarItem(/Ln 11, Col \d+ \(5 selected\)/).waitFor({ timeout: 30000 });
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.type('Chord works.');
    const line = wb.editorLine('Chord works.');
    await line.waitFor({ timeout: 30000 });
    assert.strictEqual((await line.innerText()).replace(/\u00a0/g, ' '), '- **06:20 UTC** - Chord works.');
    await wb.revertFile(STAMP);
  });

  it('Ctrl+Alt+T leaves a plain-text file alone', async () => {
    await wb.openFile(TEXT);
    const original = await wb.visibleLines();
    await wb.goToLine(1, 1);
    await wb.page.keyboard.press('Control+Alt+KeyT');
    // Keys are handled in order: once the "x" typed after the shortcut shows, the shortcut has had its turn.
    await wb.page.keyboard.type('x');
    await wb.waitForEditorText(['x' + original[0], ...original.slice(1)].join('\n'));
    assert.strictEqual(await wb.notification(/timeline entry/i).count(), 0);
    await wb.revertFile(TEXT);
  });

  it('"Postmortem: New Postmortem…" asks for a template and a zone and opens the skeleton with working tab stops', async () => {
    await wb.palette('Postmortem: New Postmortem…');
    await wb.page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'New Postmortem (1/2)' })
      .waitFor({ timeout: 30000 });
    await wb.pickRow(/Incident Report[\s\S]*incident-report/);
    await wb.page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'New Postmortem (2/2)' })
      .waitFor({ timeout: 30000 });
    await wb.pickRow('Africa/Lagos');
    // An untitled document named after the day, not after its first line (the template marker).
    const tab = wb.page.locator('.editor-group-container.active .tabs-container .tab.active', {
      hasText: /^postmortem-\d{4}-\d\d-\d\d\.md/,
    });
    await tab.waitFor({ timeout: 30000 });
    await wb.editorLine(/^# Incident Report$/).waitFor({ timeout: 30000 });
    // Times in the chosen zone (Lagos keeps UTC+01:00 all year).
    await wb.editorLine('- **HH:MM UTC+01:00** - when and how the outage was detected').waitFor({ timeout: 30000 });
    // The first tab stop is selected: type over it; the date, the start and the end are tab stops of their own,
    // so typing the date keeps the times and the zone.
    await wb.page.keyboard.type('IR-20240610');
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.type('June 10, 2024');
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.type('10:00');
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.type('11:00');
    await wb.editorLine('- **Incident ID:** IR-20240610').waitFor({ timeout: 30000 });
    await wb
      .editorLine('- **Date/Time of Incident:** June 10, 2024, 10:00 - 11:00 UTC+01:00')
      .waitFor({ timeout: 30000 });
    await wb.palette('View: Revert and Close Editor');
    await tab.waitFor({ state: 'detached', timeout: 30000 });
  });

  it('completes a snippet prefix from the suggest widget', async () => {
    await wb.openFile(SNIPPET);
    await wb.goToLine(20, 1);
    await wb.page.keyboard.type('pm-action');
    await wb.page.keyboard.press('Control+Space');
    const suggestion = wb.page
      .locator('.editor-widget.suggest-widget .monaco-list-row', { hasText: 'pm-action' })
      .first();
    await suggestion.waitFor({ timeout: 30000 });
    await suggestion.click();
    await wb
      .editorLine(/^- \[ \] What will be done \(owner: @name, due: \d{4}-\d\d-\d\d\)$/)
      .waitFor({ timeout: 30000 });
    await wb.page.keyboard.type('Page the edge team on rate-limit changes');
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.type('@edge');
    await wb
      .editorLine(/^- \[ \] Page the edge team on rate-limit changes \(owner: @edge, due: \d{4}-\d\d-\d\d\)$/)
      .waitFor({ timeout: 30000 });
    await wb.revertFile(SNIPPET);
  });

  it('highlights timeline times and zones with the injected grammar, and leaves plain words alone', async () => {
    await wb.openFile(STAMP);
    await wb.goToLine(10, 6);
    assert.match(await wb.tokenScopes(), /constant\.numeric\.time\.postmortem/);
    await wb.goToLine(10, 12);
    assert.match(await wb.tokenScopes(), /support\.constant\.timezone\.postmortem/);
    await wb.goToLine(10, 21);
    const plain = await wb.tokenScopes();
    assert.match(plain, /text\.html\.markdown/);
    assert.doesNotMatch(plain, /postmortem/);
    // The theme colours the time differently from the words of the entry.
    const line = wb.editorLine('Alert fired on the mail queue length.');
    const classOf = (text: string) => line.locator('span > span', { hasText: text }).first().getAttribute('class');
    assert.notStrictEqual(await classOf('06:00'), await classOf('Alert fired'));
  });

  it('lists the walkthrough with its four steps, whose buttons run the commands', async () => {
    await wb.palette('Welcome: Open Walkthrough...');
    await wb.pickRow('Write a postmortem');
    const steps = wb.page.locator('.getting-started-step .step-title');
    for (const title of [
      'Start from a template',
      'Stamp the timeline as it happens',
      'Fix what a reviewer would flag',
      'Preview it with its flowchart',
    ]) {
      await steps.filter({ hasText: title }).first().waitFor({ timeout: 30000 });
    }
    assert.strictEqual(await steps.count(), 4);
    // Open the timeline step and press its button: with no text editor active, the command says what it needs.
    await steps.filter({ hasText: 'Stamp the timeline as it happens' }).first().click();
    const button = wb.page
      .locator('.getting-started-step.expanded .monaco-button', { hasText: 'Insert Timeline Entry' })
      .first();
    await button.waitFor({ timeout: 30000 });
    await button.click();
    await wb.notification('open a Markdown postmortem to insert a timeline entry').waitFor({ timeout: 30000 });
  });
});
