// Drives the code-server workbench in headless Chromium the way a person would: palette, Quick Open, Problems, webviews.
import { existsSync, readFileSync, watch } from 'fs';
import { dirname } from 'path';
import type { Frame, Locator, Page } from 'playwright-core';

const TIMEOUT = 30000;
/**
 * How long a test waits for an exported file: longer than the extension itself waits for a new preview to draw before
 * it exports (60 s, EXPORT_TIMEOUT_MS in src/extension/preview/panel.ts), so a slow machine is not read as a failure.
 */
export const EXPORT_WAIT_MS = 90000;

/** Resolves with a file's bytes once `complete` says they are all there: checked on every change in its folder. */
export function waitForFile(
  path: string,
  complete: (bytes: Buffer) => boolean,
  timeoutMs = EXPORT_WAIT_MS,
): Promise<Buffer> {
  const read = (): Buffer | undefined => {
    if (!existsSync(path)) return undefined;
    const bytes = readFileSync(path);
    return complete(bytes) ? bytes : undefined;
  };
  return new Promise((resolve, reject) => {
    const finish = (bytes: Buffer | undefined, error?: Error): void => {
      clearTimeout(timer);
      watcher.close();
      if (bytes) resolve(bytes);
      else reject(error ?? new Error(`${path} was not written`));
    };
    const watcher = watch(dirname(path), () => {
      const bytes = read();
      if (bytes) finish(bytes);
    });
    const timer = setTimeout(
      () => finish(undefined, new Error(`${path} was not written within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const now = read();
    if (now) finish(now);
  });
}

/** A page showing the workbench with the packaged extension installed. */
export class Workbench {
  constructor(
    readonly page: Page,
    readonly url: string,
    readonly folder: string,
  ) {}

  /** Opens the workspace folder and waits for the explorer to list it. */
  async open(fileToSee: string): Promise<void> {
    await this.page.goto(`${this.url}/?folder=${encodeURIComponent(this.folder)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await this.page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: fileToSee })
      .first()
      .waitFor({ timeout: 60000 });
  }

  /**
   * Runs a command from the F1 palette by its title: clicks the row labelled exactly so (the first row may be another),
   * give or take the ellipsis of a command that asks for more ("Welcome: Open Walkthrough...", "New Postmortem…").
   */
  async palette(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input.input');
    // F1 goes to whatever holds the keyboard: a webview that just loaded beside the editor may take a key press and
    // hand it on late or not at all. Press again until the palette shows, up to the deadline.
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 5000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
    await input.fill('>' + title);
    const label = this.page.locator('.label-name', {
      hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:…|\\.\\.\\.)?$`),
    });
    const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ has: label }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.click();
  }

  /** Opens a workspace file through Quick Open and waits for its editor. */
  async openFile(name: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input.input');
    const tab = this.page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name });
    // Click the row that names the file: Enter could take a row from a list that has not caught up with the input yet.
    // A click on a list that re-renders under it can be lost: while the editor has not opened, pick the row again.
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      if (!(await input.isVisible())) {
        await this.page.keyboard.press('Control+P');
        await input.waitFor({ state: 'visible', timeout: TIMEOUT });
      }
      await input.fill(name);
      const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ timeout: TIMEOUT });
      await row.click();
      try {
        await tab.waitFor({ timeout: 10000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) {
          const tabs = await this.page.locator('.editor-group-container .tabs-container .tab').allInnerTexts();
          throw new Error(`${name} did not open as the active editor (tabs: ${tabs.join(', ') || 'none'})`, {
            cause: error,
          });
        }
      }
    }
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
    await this.palette('View: Focus Problems (Errors, Warnings, Infos)');
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
      const attempts = this.page
        .frames()
        .map((f) => f.waitForSelector(selector, { timeout: wait, state: 'attached' }).then(() => f));
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

  /** Moves the cursor with Go to Line/Column and waits for the status bar to show it (1-based). */
  async goToLine(line: number, column = 1): Promise<void> {
    await this.palette('Go to Line/Column...');
    // The palette turns into the Go to Line picker (input ":"): type only once it has.
    await this.page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('.quick-input-widget input.input')?.value.startsWith(':'),
      undefined,
      { timeout: TIMEOUT },
    );
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    // The picker moves the cursor while typing already: wait for it to close and hand the keyboard back to the editor.
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: TIMEOUT });
    await this.statusBarItem(new RegExp(`Ln ${line}, Col ${column}\\b`)).waitFor({ timeout: TIMEOUT });
  }

  /** Waits for the row of the open QuickPick that holds `text` and clicks it (Enter could pick a stale row). */
  async pickRow(text: string | RegExp): Promise<void> {
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.click();
  }

  /** The code-action menu (light bulb, Ctrl+.) row titled `title`. */
  codeActionRow(title: string | RegExp): Locator {
    return this.page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  }

  /** Clicks the action titled `title` in the open code-action menu, moving the mouse there first as a person does. */
  async clickCodeAction(title: string | RegExp): Promise<void> {
    const row = this.codeActionRow(title);
    await row.waitFor({ timeout: TIMEOUT });
    // The menu lays a pointer block over the page that the first mouse move removes.
    const box = await row.boundingBox();
    if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.locator('.context-view-pointerBlock').waitFor({ state: 'detached', timeout: TIMEOUT });
    await row.click();
    await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  /** Opens the code-action menu at the cursor with Ctrl+. and clicks the action titled `title`. */
  async applyCodeAction(title: string | RegExp): Promise<void> {
    await this.page.keyboard.press('Control+.');
    await this.clickCodeAction(title);
  }

  /** Opens the quick-fix menu at the cursor from the palette ("Quick Fix…", what the light bulb runs) and clicks `title`. */
  async quickFix(title: string | RegExp): Promise<void> {
    await this.palette('Quick Fix...');
    await this.clickCodeAction(title);
  }

  /**
   * Opens the preview of the active postmortem beside it from the palette; resolves to its frame once it drew `selector`.
   * A new webview in VS Code for the web can take up to 30 s to start when one closed just before with a request still
   * pending (its service worker drops those only after 30 s): the wait allows for it, as the test hooks' deadline does.
   */
  async openPreviewToSide(selector: string): Promise<Frame> {
    await this.palette('Postmortem: Open Preview to the Side');
    return this.webviewFrame(selector, 60000);
  }

  /** The tab of the active editor group named `name`, dirty or not. */
  tab(name: string | RegExp): Locator {
    return this.page.locator('.editor-group-container.active .tabs-container .tab', { hasText: name }).first();
  }

  /** Waits until the tab named `name` shows no unsaved changes. */
  async waitSaved(name: string | RegExp): Promise<void> {
    await this.page
      .locator('.editor-group-container .tabs-container .tab.dirty', { hasText: name })
      .waitFor({ state: 'detached', timeout: TIMEOUT });
  }

  /** A visible line of the active editor holding `text` (a RegExp's spaces also match the editor's non-breaking ones). */
  editorLine(text: string | RegExp): Locator {
    const hasText = typeof text === 'string' ? text : new RegExp(text.source.replace(/ /g, '[ \\u00a0]'), text.flags);
    return this.page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText }).first();
  }

  /** The visible lines of the active editor, top to bottom (a wrapped line gives several; non-breaking spaces folded). */
  async visibleLines(): Promise<string[]> {
    return this.page.evaluate(readVisibleLines);
  }

  /** Waits until the visible lines of the active editor, joined by newlines, are `expected` or match it. */
  async waitForEditorText(expected: string | RegExp, timeout = TIMEOUT): Promise<void> {
    const text = `(${readVisibleLines.toString()})().join('\\n')`;
    const test =
      typeof expected === 'string'
        ? `${text} === ${JSON.stringify(expected)}`
        : `new RegExp(${JSON.stringify(expected.source)}, ${JSON.stringify(expected.flags)}).test(${text})`;
    await this.page.waitForFunction(test, undefined, { timeout });
  }

  /** A notification toast holding `text`. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  }

  /** The TextMate scopes "Developer: Inspect Editor Tokens and Scopes" shows for the token at the cursor. */
  async tokenScopes(): Promise<string> {
    await this.palette('Developer: Inspect Editor Tokens and Scopes');
    const widget = this.page.locator('.token-inspect-widget');
    await widget.waitFor({ timeout: TIMEOUT });
    await widget.locator('.tiw-metadata-scopes').first().waitFor({ timeout: TIMEOUT });
    const text = await widget.innerText();
    await this.page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: TIMEOUT });
    return text;
  }

  /** Throws away the unsaved changes of the active editor ("File: Revert File") and waits for its tab to be clean. */
  async revertFile(name: string | RegExp): Promise<void> {
    await this.palette('File: Revert File');
    await this.waitSaved(name);
  }

  /** Closes every editor ("View: Close All Editors"), discarding unsaved changes when there are some (the workbench asks then). */
  async closeAllEditors(): Promise<void> {
    const tabs = this.page.locator('.editor-group-container .tabs-container .tab');
    if ((await tabs.count()) === 0) return;
    const dirty = await this.page.locator('.editor-group-container .tabs-container .tab.dirty').count();
    await this.palette('View: Close All Editors');
    if (dirty > 0) {
      const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" }).first();
      await dontSave.waitFor({ timeout: TIMEOUT });
      await dontSave.click();
    }
    await tabs.first().waitFor({ state: 'detached', timeout: TIMEOUT });
  }
}

/** Runs in the page: the active editor's rendered lines sorted by position (the DOM keeps recycled lines out of order). */
function readVisibleLines(): string[] {
  const lines = Array.from(
    document.querySelectorAll<HTMLElement>('.editor-group-container.active .monaco-editor .view-lines .view-line'),
  );
  return lines
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map((l) => l.innerText.replace(/\u00a0/g, ' '));
}
