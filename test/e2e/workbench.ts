// Drives the code-server workbench in headless Chromium the way a person would: palette, Quick Open, Problems, webviews.
import type { Frame, Locator, Page } from 'playwright-core';

const TIMEOUT = 30000;

/** A page showing the workbench with the packaged extension installed. */
export class Workbench {
  constructor(readonly page: Page, readonly url: string, readonly folder: string) {}

  /** Opens the workspace folder and waits for the explorer to list it. */
  async open(fileToSee: string): Promise<void> {
    await this.page.goto(`${this.url}/?folder=${encodeURIComponent(this.folder)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileToSee }).first().waitFor({ timeout: 60000 });
  }

  /** Runs a command from the F1 palette by its title. */
  async palette(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>' + title);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT });
    await this.page.keyboard.press('Enter');
  }

  /** Opens a workspace file through Quick Open and waits for its editor. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    // Click the row that names the file: Enter could take a row from a list that has not caught up with the input yet.
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.click();
    await this.page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name }).waitFor({ timeout: TIMEOUT });
    await this.editorLines().waitFor({ timeout: TIMEOUT });
  }

  /** The visible lines of the active editor. */
  editorLines(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  }

  /** The visible text of the active editor (non-breaking spaces folded). */
  async editorText(): Promise<string> {
    return (await this.editorLines().innerText()).replace(/\u00a0/g, ' ');
  }

  /** Shows the Problems panel and waits for a row holding `text`. */
  async problemRow(text: string | RegExp): Promise<Locator> {
    await this.palette('View: Focus Problems');
    const row = this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
    await row.waitFor({ timeout: TIMEOUT });
    return row;
  }

  /** Every row text of the Problems panel. */
  async problemRows(): Promise<string[]> {
    return this.page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  }

  /** Finds the webview frame that holds `selector` (webviews nest an inner iframe). */
  async webviewFrame(selector: string, timeout = TIMEOUT): Promise<Frame> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const wait = Math.max(1, Math.min(2000, deadline - Date.now()));
      const attempts = this.page.frames().map((f) => f.waitForSelector(selector, { timeout: wait, state: 'attached' }).then(() => f));
      try {
        return await Promise.any(attempts);
      } catch {
        // Not there yet: frames attached meanwhile are tried on the next round.
      }
    }
    throw new Error(`no webview frame holds ${selector} after ${timeout / 1000}s`);
  }

  /** The status bar item whose text matches. */
  statusBarItem(text: string | RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text }).first();
  }
}
