// Loads custom templates from `.postmortem.json` files in the workspace, validates them, and reports mistakes.
import * as vscode from 'vscode';
import { validateCustomTemplates } from '../core/index';
import type { BlamelessConfig, Template } from '../core/index';
import { DiagnosticSource } from '../shared/ids';

const FILE_GLOB = '**/.postmortem.json';

/** Keeps the model cache's custom templates in step with the workspace's `.postmortem.json` files. */
export class CustomTemplates implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection(`${DiagnosticSource}-templates`);
  private readonly subscriptions: vscode.Disposable[] = [this.problems];
  private generation = 0;
  private latest: Promise<Template[]> = Promise.resolve([]);

  /** `onChange` receives the templates (and the blameless phrase changes, merged across files) after every (re)load. */
  constructor(private readonly onChange: (templates: Template[], blameless?: BlamelessConfig) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(FILE_GLOB);
    this.subscriptions.push(watcher, watcher.onDidCreate(() => this.reload()), watcher.onDidChange(() => this.reload()),
      watcher.onDidDelete(() => this.reload()));
  }

  /**
   * Reads every `.postmortem.json` and puts the templates in use; resolves to them. A reload overtaken by a newer one
   * (the file watcher fires while a reload is under way) applies nothing and resolves to what the newest one applied,
   * so that once `reload()` resolves, the templates it returns are the ones documents are linted with.
   */
  reload(): Promise<Template[]> {
    const generation = ++this.generation;
    const run = readAll().then(({ templates, problems, blameless }) => {
      if (generation !== this.generation) return this.latest;
      this.problems.clear();
      for (const [uri, errors] of problems) this.problems.set(uri, errors.map(problem));
      this.onChange(templates, blameless);
      return templates;
    });
    this.latest = run;
    return run;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Reads and validates every template file of the workspace (no side effects: the newest reload applies its result). */
async function readAll(): Promise<{ templates: Template[]; problems: Array<[vscode.Uri, string[]]>; blameless?: BlamelessConfig }> {
  const files = await vscode.workspace.findFiles(FILE_GLOB, '**/node_modules/**', 20);
  const templates: Template[] = [];
  const problems: Array<[vscode.Uri, string[]]> = [];
  let blameless: BlamelessConfig | undefined;
  for (const uri of files.sort((a, b) => a.toString().localeCompare(b.toString()))) {
    const { templates: found, errors, blameless: phrases } = await readFile(uri);
    for (const t of found) templates.push(t);
    // Blameless phrase changes merge across files.
    if (phrases) {
      blameless = {
        phrases: [...(blameless?.phrases ?? []), ...(phrases.phrases ?? [])],
        disable: [...(blameless?.disable ?? []), ...(phrases.disable ?? [])],
      };
    }
    if (errors.length) problems.push([uri, errors]);
  }
  return blameless ? { templates, problems, blameless } : { templates, problems };
}

/** A problem of a template file, shown on the file. */
function problem(message: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), `Postmortem template file: ${message}`, vscode.DiagnosticSeverity.Error);
  d.source = DiagnosticSource;
  return d;
}

/** Parses and validates one file; a JSON syntax error is a readable error, not a crash. */
async function readFile(uri: vscode.Uri): Promise<{ templates: Template[]; errors: string[]; blameless?: BlamelessConfig }> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch (e) {
    return { templates: [], errors: [`cannot read it as JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return validateCustomTemplates(json);
}
