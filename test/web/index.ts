// Mocha runner for the web extension host (a browser worker): bundled with mocha's browser build, no Node at all.
import 'mocha/mocha';

interface Outcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

/** Entry point called by VS Code's test loader in the web worker; prints one `PM_WEB_RESULTS` line for the harness. */
export function run(): Promise<void> {
  // mocha's browser build reads `location.search` for options; VS Code's worker host hides `location`.
  const g = globalThis as { location?: { search: string } };
  if (!g.location) g.location = { search: '' };
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 30000 });
  // Loaded after setup so that `describe` exists; esbuild bundles it in.
  require('./web.test');
  return new Promise((resolve, reject) => {
    const outcomes: Outcome[] = [];
    const runner = mocha.run((failures) => {
      console.log('PM_WEB_RESULTS ' + JSON.stringify({ failures, outcomes }));
      if (failures) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) =>
      outcomes.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }),
    );
  });
}
