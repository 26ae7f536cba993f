// The "check a postmortem" language-model tool (#postmortem): an agent lints its draft with the same lint() and settings as the diagnostics.
import * as vscode from 'vscode';
import { LanguageModelTools } from '../shared/ids';
import { toolReport, toolReportText } from './lmReport';
import type { ModelCache } from './models';

/** The tool's input (package.json `languageModelTools[0].inputSchema`). */
export interface CheckPostmortemInput {
  /** A file URI, an absolute path or a workspace-relative path. */
  uri?: string;
  /** Markdown text to check instead of a file. */
  text?: string;
}

/** Resolves the tool's `uri` input: a URI with a scheme, an absolute path, or a path inside the first workspace folder. */
function resolveUri(value: string): vscode.Uri {
  if (/^[a-z][\w+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) return vscode.Uri.parse(value, true);
  if (value.startsWith('/') || /^[a-z]:[\\/]/i.test(value)) return vscode.Uri.file(value);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder)
    throw new Error(`"${value}" is a relative path and no folder is open: give an absolute path or a file URI.`);
  return vscode.Uri.joinPath(folder.uri, value);
}

/** Lints a file (open or not) or Markdown text; the result is the one the Problems panel shows for that document version. */
export class CheckPostmortemTool implements vscode.LanguageModelTool<CheckPostmortemInput> {
  constructor(private readonly models: ModelCache) {}

  prepareInvocation(
    options: vscode.LanguageModelToolInvocationPrepareOptions<CheckPostmortemInput>,
  ): vscode.PreparedToolInvocation {
    const what = options.input.uri
      ? vscode.workspace.asRelativePath(options.input.uri)
      : options.input.text !== undefined
        ? 'the given text'
        : 'the active editor';
    return { invocationMessage: `Checking the postmortem in ${what}` };
  }

  async invoke(
    options: vscode.LanguageModelToolInvocationOptions<CheckPostmortemInput>,
  ): Promise<vscode.LanguageModelToolResult> {
    const { uri, text } = options.input ?? {};
    let report;
    if (typeof text === 'string' && !uri) {
      report = toolReport(this.models.lintText(text, vscode.workspace.workspaceFolders?.[0]?.uri), 'text');
    } else {
      const document = uri
        ? await vscode.workspace.openTextDocument(resolveUri(uri))
        : vscode.window.activeTextEditor?.document;
      if (!document) throw new Error('Give "uri" (a Markdown file) or "text" (Markdown): no editor is active.');
      report = toolReport(this.models.get(document), document.uri.toString());
    }
    return new vscode.LanguageModelToolResult([
      new vscode.LanguageModelTextPart(toolReportText(report)),
      new vscode.LanguageModelTextPart(JSON.stringify(report)),
    ]);
  }
}

/** Registers the tool where the host offers the language-model API (VS Code 1.100 desktop, server and web). */
export function registerLanguageModelTool(context: vscode.ExtensionContext, models: ModelCache): void {
  if (typeof vscode.lm?.registerTool !== 'function') return;
  context.subscriptions.push(
    vscode.lm.registerTool(LanguageModelTools.checkPostmortem, new CheckPostmortemTool(models)),
  );
}
