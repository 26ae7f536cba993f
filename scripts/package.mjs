// Builds production bundles and packages the extension as a .vsix with @vscode/vsce, offline.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/code-server.mjs';
import { run } from './lib/run.mjs';

/** Packages the extension; resolves to the .vsix path. */
export async function packageVsix(out = join(ROOT, '.vscode-test', 'postmortem-writer.vsix')) {
  mkdirSync(join(ROOT, '.vscode-test'), { recursive: true });
  // A clean production build: no development source maps left behind in dist/.
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  const build = await run(process.execPath, ['esbuild.mjs', '--production']);
  if (build.code) throw new Error('package: the production build failed');
  // Everything the extension needs is bundled into dist/, so node_modules is left out (--no-dependencies).
  const r = await run(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--out', out], { quiet: true });
  if (r.code) {
    process.stderr.write(r.output);
    throw new Error('package: vsce could not package the extension');
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(ROOT, 'postmortem-writer.vsix');
  packageVsix(target).then((p) => console.log(`package: wrote ${p}`), (e) => { console.error(e.message); process.exit(1); });
}
