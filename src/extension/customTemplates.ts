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

  /** `onChange` receives the templates (and the blameless phrase changes, merged across files) after every (re)load. */
  constructor(private readonly onChange: (templates: Template[], blameless?: BlamelessConfig) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(FILE_GLOB);
    this.subscriptions.push(watcher, watcher.onDidCreate(() => this.reload()), watcher.onDidChange(() => this.reload()),
      watcher.onDidDelete(() => this.reload()));
  }

  /** Reads every `.postmortem.json`; resolves to the templates in use. A stale reload never overwrites a newer one. */
  async reload(): Promise<Template[]> {
    const generation = ++this.generation;
    const files = await vscode.workspace.findFiles(FILE_GLOB, '**/node_modules/**', 20);
    const templates: Template[] = [];
    let blameless: BlamelessConfig | undefined;
    this.problems.clear();
    for (const uri of files.sort((a, b) => a.toString().localeCompare(b.toString()))) {
      const { templates: found, errors, blameless: phrases } = await readFile(uri);
      templates.push(...found);
      if (phrases) {
        blameless = {
          phrases: [...(blameless?.phrases ?? []), ...(phrases.phrases ?? [])],
          disable: [...(blameless?.disable ?? []), ...(phrases.disable ?? [])],
        };
      }
      if (errors.length) {
        this.problems.set(uri, errors.map((e) => {
          const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), `Postmortem template file: ${e}`, vscode.DiagnosticSeverity.Error);
          d.source = DiagnosticSource;
          return d;
        }));
      }
    }
    if (generation === this.generation) this.onChange(templates, blameless);
    return templates;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
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
