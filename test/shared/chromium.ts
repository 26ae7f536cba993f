// The shared Chromium launch configuration (scripts/lib/chromium.cjs), typed for the compiled Node-side tests.
import { join } from 'path';
import type { Browser } from 'playwright-core';

/** Compiled into out/test/shared/: the repository root is three levels up. */
const ROOT = join(__dirname, '..', '..', '..');

const shared = require(join(ROOT, 'scripts', 'lib', 'chromium.cjs')) as {
  CHROMIUM: string;
  launchChromium(): Promise<Browser>;
};

/** Launches headless Chromium as every harness does. */
export const launchChromium = (): Promise<Browser> => shared.launchChromium();
