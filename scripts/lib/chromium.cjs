// The one Chromium launch configuration of every harness: the webview stage, the extension-host and web-host drivers,
// the e2e suites and the README screenshot. CommonJS so that both the .mjs scripts and the compiled tests load it.
'use strict';

/** Debian's Chromium (CHROMIUM_PATH overrides it). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Headless in a container: no sandbox, no GPU, nothing that reaches the network on its own. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches headless Chromium with playwright-core; resolves to the Browser. */
function launchChromium() {
  return require('playwright-core').chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, launchChromium };
