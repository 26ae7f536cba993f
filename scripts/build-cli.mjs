// Builds the CLI for packing: a production bundle in packages/postmortem-lint/dist/cli.js, with the licence beside it.
// Run by `npm pack` (prepack) in packages/postmortem-lint and at the repository root (pre-commit installs the hook
// that way). Writes nothing to stdout: `npm pack` prints the tarball's name there and pre-commit reads it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = join(ROOT, 'packages/postmortem-lint');

execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs'), '--production', '--only=cli'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
mkdirSync(join(PKG, 'dist'), { recursive: true });
copyFileSync(join(ROOT, 'dist/cli.js'), join(PKG, 'dist/cli.js'));
copyFileSync(join(ROOT, 'LICENSE'), join(PKG, 'LICENSE'));
process.stderr.write(`build-cli: wrote ${join('packages/postmortem-lint', 'dist/cli.js')}\n`);
