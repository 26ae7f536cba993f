// Root hooks for the e2e suites: one Chromium for the run, a fresh page per suite file, a screenshot when a test fails.
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../shared/chromium';
import { Workbench } from './workbench';

interface State {
  browser?: Browser;
  workbench?: Workbench;
}
const state: State = {};

/** The workbench page of the current suite. */
export function workbench(): Workbench {
  if (!state.workbench) throw new Error('e2e: the workbench is not open (did setup.js load as a root hook?)');
  return state.workbench;
}

/** Opens a fresh page on the workspace (call from a suite's `before`). */
export async function openWorkbench(fileToSee: string): Promise<Workbench> {
  const url = process.env.CS_URL;
  const folder = process.env.WS_DIR;
  if (!url || !folder) throw new Error('e2e: CS_URL and WS_DIR must be set (run through `npm run test:e2e`)');
  await state.workbench?.page.close();
  const page = await state.browser!.newPage({ viewport: { width: 1400, height: 900 } });
  state.workbench = new Workbench(page, url, folder);
  await state.workbench.open(fileToSee);
  return state.workbench;
}

export const mochaHooks = {
  async beforeAll(): Promise<void> {
    state.browser = await launchChromium();
  },
  async afterEach(this: Mocha.Context): Promise<void> {
    const t = this.currentTest;
    if (t?.state === 'failed' && state.workbench) {
      const dir = process.env.SHOTS || 'test-results';
      mkdirSync(dir, { recursive: true });
      const file = join(
        dir,
        t
          .fullTitle()
          .replace(/[^\w.-]+/g, '_')
          .slice(0, 120) + '.png',
      );
      await state.workbench.page.screenshot({ path: file }).catch(() => undefined);
      console.log(`    screenshot: ${file}`);
    }
  },
  async afterAll(): Promise<void> {
    await state.browser?.close();
  },
};
