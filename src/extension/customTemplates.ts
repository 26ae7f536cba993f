// Loads custom templates from `.postmortem.json` files in the workspace, validates them, and reports mistakes.
import * as vscode from 'vscode';
import { loadConfig } from '../core/index';
import type { BlamelessConfig, CustomTemplatesResult, Template } from '../core/index';
import { DiagnosticSource } from '../shared/ids';
import type { WorkspaceConfig } from './config';

const FILE_GLOB = '**/.postmortem.json';

/** Keeps the model cache's custom templates in step with the workspace's `.postmortem.json` files. */
export class CustomTemplates implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection(`${DiagnosticSource}-templates`);
  private readonly subscriptions: vscode.Disposable[] = [this.problems];
  private generation = 0;
  private latest: Promise<Template[]> = Promise.resolve([]);

  /**
   * `onChange` receives what the files say after every (re)load: their templates, blameless phrase changes (merged
   * across files) and the default template (the first file's that names one, in path order).
   */
  constructor(private readonly onChange: (config: WorkspaceConfig) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(FILE_GLOB);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(() => this.reload()),
      watcher.onDidChange(() => this.reload()),
      watcher.onDidDelete(() => this.reload()),
    );
  }

  /**
   * Reads every `.postmortem.json` and puts the templates in use; resolves to them. A reload overtaken by a newer one
   * (the file watcher fires while a reload is under way) applies nothing and resolves to what the newest one applied,
   * so that once `reload()` resolves, the templates it returns are the ones documents are linted with.
   */
  reload(): Promise<Template[]> {
    const generation = ++this.generation;
    const run = readAll().then(({ config, problems }) => {
      if (generation !== this.generation) return this.latest;
      this.problems.clear();
      for (const [uri, errors] of problems) this.problems.set(uri, errors.map(problem));
      this.onChange(config);
      return config.templates;
    });
    this.latest = run;
    return run;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Reads and validates every template file of the workspace (no side effects: the newest reload applies its result). */
async function readAll(): Promise<{ config: WorkspaceConfig; problems: Array<[vscode.Uri, string[]]> }> {
  const files = await vscode.workspace.findFiles(FILE_GLOB, '**/node_modules/**', 20);
  const templates: Template[] = [];
  const problems: Array<[vscode.Uri, string[]]> = [];
  let blameless: BlamelessConfig | undefined;
  let defaultTemplate: string | undefined;
  for (const uri of files.sort((a, b) => a.toString().localeCompare(b.toString()))) {
    const { templates: found, errors, blameless: phrases, defaultTemplate: named } = await readFile(uri);
    for (const t of found) templates.push(t);
    defaultTemplate ??= named;
    // Blameless phrase changes merge across files.
    if (phrases) {
      blameless = {
        phrases: [...(blameless?.phrases ?? []), ...(phrases.phrases ?? [])],
        disable: [...(blameless?.disable ?? []), ...(phrases.disable ?? [])],
      };
    }
    if (errors.length) problems.push([uri, errors]);
  }
  return {
    config: { templates, ...(blameless ? { blameless } : {}), ...(defaultTemplate ? { defaultTemplate } : {}) },
    problems,
  };
}

/** A problem of a template file, shown on the file. */
function problem(message: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 1),
    `Postmortem template file: ${message}`,
    vscode.DiagnosticSeverity.Error,
  );
  d.source = DiagnosticSource;
  return d;
}

/** Reads one file with the core's reader (the CLI's too); a file that cannot be read is a readable error, not a crash. */
async function readFile(uri: vscode.Uri): Promise<CustomTemplatesResult> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    return { templates: [], errors: [`cannot read it (${e instanceof Error ? e.message : String(e)})`] };
  }
  return loadConfig(new TextDecoder().decode(bytes));
}
