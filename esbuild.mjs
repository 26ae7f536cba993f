// Builds the bundles: extension host (node), web extension (browser), preview webview and its Mermaid (iife), CLI.
// Usage: node esbuild.mjs [--watch] [--production] [--only=host,web,webview,mermaid,cli]
import * as esbuild from 'esbuild';
import { existsSync, statSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

/** Options every bundle shares. */
const shared = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

/**
 * markdown-it imports only `decodeHTML` from entities; its package root also pulls in the 23 KB encode map, which
 * esbuild cannot drop (a top-level call builds it). The decode entry point holds decodeHTML alone.
 */
const markdownItAlias = { alias: { entities: 'entities/lib/decode.js' } };

/** The bundles, by where they run. */
const bundles = [
  { id: 'host', name: 'extension host', entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js',
    platform: 'node', format: 'cjs', external: ['vscode'], ...markdownItAlias },
  { id: 'web', name: 'web extension', entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js',
    platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], ...markdownItAlias },
  { id: 'webview', name: 'preview webview', entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/preview.js',
    platform: 'browser', format: 'iife' },
  // Mermaid alone: the preview adds this script only when the document has a diagram (faster first paint).
  { id: 'mermaid', name: 'preview mermaid', entryPoints: ['src/webview/mermaidEntry.ts'], outfile: 'dist/webview/mermaid.js',
    platform: 'browser', format: 'iife' },
  { id: 'cli', name: 'CLI', entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js',
    platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, ...markdownItAlias },
].filter((b) => !only || only.includes(b.id));

/** Prints one line per bundle with its size. */
function report() {
  for (const b of bundles) {
    if (!existsSync(b.outfile)) continue;
    const kb = (statSync(b.outfile).size / 1024).toFixed(1);
    console.log(`  ${b.name.padEnd(16)} ${b.outfile.padEnd(28)} ${kb.padStart(8)} KiB`);
  }
}

const contexts = await Promise.all(bundles.map(({ id: _id, name: _name, ...options }) => esbuild.context({ ...shared, ...options })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching for changes…');
} else {
  try {
    await Promise.all(contexts.map((c) => c.rebuild()));
  } catch {
    process.exitCode = 1;
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
  if (!process.exitCode) {
    console.log(`esbuild: built ${bundles.length} bundles${production ? ' (production)' : ''}`);
    report();
  }
}
