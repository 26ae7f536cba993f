// Bench inside the real extension host (loaded as extensionTestsPath by scripts/bench-host.mjs): activation, the host
// bundle's require time, keystroke → diagnostics on a 600-word postmortem, and a 1 MB one while typing.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

const ID = 'postmortem-writer.postmortem-writer';
/** The diagnostics debounce (src/extension/diagnostics.ts), excluded from keystroke → diagnostics. */
const DEBOUNCE_MS = 300;

interface BenchApi {
  activationMs: number;
  models: {
    lastLintMs(d: vscode.TextDocument): number | undefined;
    checksOnSaveOnly(d: vscode.TextDocument): boolean;
    get(d: vscode.TextDocument): { document: { wordCount: number } };
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p95 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))]!;

/** Resolves at the first turn of the event loop where `done()` holds (a poll, so the time is the host's own). */
function until(done: () => boolean, timeoutMs = 60000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (done()) resolve(performance.now());
      else if (performance.now() > deadline) reject(new Error('bench: timed out'));
      else setImmediate(poll);
    };
    poll();
  });
}

/** True when our diagnostics hold a placeholder finding on `line`. */
function placeholderOn(uri: vscode.Uri, line: number): boolean {
  return vscode.languages
    .getDiagnostics(uri)
    .some(
      (d) =>
        d.source === 'postmortem' &&
        d.range.start.line === line &&
        (d.code as { value?: string } | undefined)?.value === 'PM019',
    );
}

/** Applies an edit and resolves with the host time at which the change event reached the extension host. */
async function edit(editor: vscode.TextEditor, change: (b: vscode.TextEditorEdit) => void): Promise<number> {
  let at = 0;
  const sub = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document === editor.document && !at) at = performance.now();
  });
  try {
    await editor.edit(change);
    await until(() => at > 0);
  } finally {
    sub.dispose();
  }
  return at;
}

/** Keystroke → diagnostics published, minus the debounce: `TBD ` typed at the start of a line, then deleted, `runs` times. */
async function keystrokeToDiagnostics(editor: vscode.TextEditor, line: number, runs: number): Promise<number[]> {
  const uri = editor.document.uri;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const typed = !placeholderOn(uri, line);
    const t0 = await edit(editor, (b) =>
      typed ? b.insert(new vscode.Position(line, 0), 'TBD ') : b.delete(new vscode.Range(line, 0, line, 4)),
    );
    const t1 = await until(() => placeholderOn(uri, line) === typed);
    if (i >= 2) times.push(t1 - t0 - DEBOUNCE_MS); // the first two warm up the JIT
  }
  return times;
}

/** The longest stall of the host's event loop while `work` runs (a 5 ms interval that notes how late it fires). */
async function longestStall(work: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return worst;
}

export async function run(): Promise<void> {
  const out = process.env.PM_BENCH_FILE!;
  const ext = vscode.extensions.getExtension<BenchApi>(ID)!;
  const wasActive = ext.isActive;
  const a0 = performance.now();
  const api = await ext.activate();
  const activateWall = performance.now() - a0;

  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const sampleUri = vscode.Uri.joinPath(folder, 'alx-0x19-postmortem.md');
  const sample = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sampleUri));
  await until(
    () =>
      vscode.languages.getDiagnostics(sampleUri).some((d) => d.source === 'postmortem') ||
      api.models.lastLintMs(sample.document) !== undefined,
  );
  const proseLine = sample.document
    .getText()
    .split('\n')
    .findIndex((l, i) => i > 3 && /^[A-Z][a-z]/.test(l));
  const small = await keystrokeToDiagnostics(sample, proseLine, 32);
  const words = api.models.get(sample.document).document.wordCount;

  // 1 MB: the sample repeated.
  const text = sample.document.getText();
  const parts: string[] = [];
  for (let n = 0, i = 0; n < 1024 * 1024; i++) {
    const c = text.replace(/^# /m, `# Incident ${i}: `);
    parts.push(c);
    n += c.length + 1;
  }
  const bigUri = vscode.Uri.joinPath(folder, 'big-postmortem.md');
  await vscode.workspace.fs.writeFile(bigUri, new TextEncoder().encode(parts.join('\n')));
  const o0 = performance.now();
  const big = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bigUri));
  const o1 = await until(() => vscode.languages.getDiagnostics(bigUri).some((d) => d.source === 'postmortem'));
  const bigLintMs = api.models.lastLintMs(big.document)!;
  const onSaveOnly = api.models.checksOnSaveOnly(big.document);
  // Ten keystrokes at a fast typist's pace (120 ms apart), then a second for any debounced work to run. These two
  // waits are the input being measured (a typist's rhythm, and a window long enough to catch debounced work that may
  // never come on a check-on-save document), not a wait for a state: no event says that nothing ran.
  const typeTen = (): Promise<number> =>
    longestStall(async () => {
      for (let i = 0; i < 10; i++) {
        await edit(big, (b) => b.insert(new vscode.Position(proseLine, 0), 'x'));
        await new Promise((r) => setTimeout(r, 120));
      }
      await new Promise((r) => setTimeout(r, 1000));
    });
  const stall = await typeTen();
  const s0 = performance.now();
  await big.document.save();
  const s1 = await until(
    () => api.models.lastLintMs(big.document) !== bigLintMs || vscode.languages.getDiagnostics(bigUri).length === 0,
  );
  // The same typing with this extension idle (checks and status bar off): what the host spends without us.
  const config = vscode.workspace.getConfiguration('postmortem');
  await config.update('run', 'off', vscode.ConfigurationTarget.Global);
  await config.update('wordCount.statusBar', false, vscode.ConfigurationTarget.Global);
  const stallWithoutUs = await typeTen();
  await config.update('run', undefined, vscode.ConfigurationTarget.Global);
  await config.update('wordCount.statusBar', undefined, vscode.ConfigurationTarget.Global);

  // The bundle's require time, once the host is idle: fresh copies of the same file, so that Node's module cache does not answer.
  const bundle = path.join(ext.extensionPath, 'dist/extension.js');
  const requireMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const copy = path.join(os.tmpdir(), `pm-bench-${process.pid}-${i}.js`);
    fs.copyFileSync(bundle, copy);
    const r0 = performance.now();
    require(copy);
    requireMs.push(performance.now() - r0);
    fs.rmSync(copy);
  }

  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        vscode: vscode.version,
        node: process.version,
        wasActive,
        activation: {
          activateMs: api.activationMs,
          activateWallMs: wasActive ? undefined : activateWall,
          requireMs: median(requireMs),
          requireMin: Math.min(...requireMs),
          requireRuns: requireMs,
        },
        small: { words, runs: small.length, median: median(small), p95: p95(small) },
        big: {
          chars: parts.join('\n').length,
          openToDiagnosticsMs: o1 - o0,
          lintMs: bigLintMs,
          onSaveOnly,
          longestStallWhileTypingMs: stall,
          longestStallWithChecksOffMs: stallWithoutUs,
          saveToCheckedMs: s1 - s0,
        },
      },
      null,
      2,
    ),
  );
}
