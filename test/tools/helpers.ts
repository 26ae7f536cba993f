// Helpers for the tools stage: run commands, pack the CLI package once, validate SARIF against the 2.1.0 schema.
import * as assert from 'assert';
import { spawnSync, type SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');

/** A fresh temporary folder (removed when the process exits). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pm-${prefix}-`));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs a command; returns its exit code and output (never throws on a non-zero exit). */
export function sh(
  command: string,
  args: string[],
  options: SpawnSyncOptions = {},
): { code: number; out: string; err: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.error) throw new Error(`${command} ${args.join(' ')}: ${r.error.message}`);
  return { code: r.status ?? -1, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

let packed: string | undefined;

/** `npm pack` of packages/postmortem-lint (its prepack builds the CLI); returns the tarball's path. Packs once per run. */
export function packCli(): string {
  if (packed) return packed;
  const dest = tempDir('pack');
  const r = sh('npm', ['pack', '--pack-destination', dest], { cwd: path.join(ROOT, 'packages/postmortem-lint') });
  assert.strictEqual(r.code, 0, `npm pack failed:\n${r.err}`);
  const tgz = fs.readdirSync(dest).filter((f) => f.endsWith('.tgz'));
  assert.strictEqual(tgz.length, 1, `npm pack wrote ${JSON.stringify(tgz)}`);
  return (packed = path.join(dest, tgz[0]!));
}

/** A validator for SARIF 2.1.0 logs (the schema from npm, committed as a fixture; draft-04, so ajv-draft-04). */
export function sarifValidator(): (log: unknown) => string[] {
  const Ajv = require('ajv-draft-04') as new (o: object) => {
    compile(
      s: object,
    ): ((d: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
  };
  const addFormats = require('ajv-formats') as (ajv: object) => void;
  // The schema's language-tag pattern has a stray "]" that a unicode RegExp rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(
    JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object,
  );
  return (log) =>
    validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** A small workspace: one postmortem with errors, one with warnings only, one clean, and ordinary notes. */
export function sampleWorkspace(dir: string): { bad: string; warnings: string; clean: string; notes: string } {
  const files = {
    bad: 'postmortems/2026-01-db-outage.md',
    warnings: 'incident-report-example.md',
    clean: 'postmortems/2026-02-login-postmortem.md',
    notes: 'docs/notes.md',
  };
  const copy = (from: string, to: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'test/fixtures', from), path.join(dir, to));
  };
  fs.mkdirSync(path.join(dir, 'postmortems'), { recursive: true });
  fs.writeFileSync(path.join(dir, files.bad), '# Postmortem: database outage\n\n## Issue Summary\n\nTBD\n');
  copy('seed/incident-report-example.md', files.warnings);
  copy(cleanFixture(), files.clean);
  fs.mkdirSync(path.join(dir, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(dir, files.notes), '# Notes\n\nTBD\n');
  return files;
}

/** A fixture postmortem with no findings. */
function cleanFixture(): string {
  const name = fs
    .readdirSync(path.join(ROOT, 'test/fixtures/lint'))
    .filter((f) => /^alx-clean.*\.md$/.test(f))
    .sort()[0];
  assert.ok(name, 'no test/fixtures/lint/alx-clean*.md fixture');
  return `lint/${name}`;
}
