// Commands only the test suites call. Registered only while VS Code runs the extension's tests (ExtensionMode.Test):
// the installed extension (Production) and a development window (Development) never have them.
import * as vscode from 'vscode';
import { isWebviewMessage } from '../shared/protocol';
import type { ModelCache } from './models';
import { ContentBuilder } from './preview/content';
import type { PreviewManager } from './preview/manager';
import type { Questions } from './preview/saveTarget';

/** The test hooks' command ids: `postmortem._…`, never contributed in package.json. */
export const TestHooks = {
  /**
   * (uri, version) → the `{ uri, version }` the open preview drew, once it has drawn that version or a later one
   * (rejects after 60 s).
   */
  previewRendered: 'postmortem._previewRendered',
  /** () → starts recording what the open preview's page reports: its (re)loads and its renders. */
  recordPreview: 'postmortem._recordPreview',
  /**
   * (until?: { uri, version }) → the PreviewEvents recorded since `recordPreview`; with `until`, once a render of
   * that document at that version or later is among them (rejects after 60 s, saying what was recorded).
   */
  previewRecording: 'postmortem._previewRecording',
  /** () → PreviewSnapshot: what the open preview is sent now and where it may load resources from. */
  previewContent: 'postmortem._previewContent',
  /** () → the title of the next question an export asks (before replacing a file), once it is on screen (rejects after 60 s). */
  nextQuestion: 'postmortem._nextQuestion',
} as const;

/** One report of the preview's page: it (re)loaded and listens, or it drew a version. */
export type PreviewEvent = { type: 'ready' } | { type: 'rendered'; uri: string; version: number };

/** The content the host sends the open preview (HTML with webview resource URLs) and its local resource roots. */
export interface PreviewSnapshot {
  uri: string;
  version: number;
  html: string;
  roots: string[];
}

/**
 * The deadline of the preview waits. A new webview in VS Code for the web can take up to 30 s to start: its service
 * worker cannot take over while requests of a webview destroyed meanwhile are still pending, and those are dropped only
 * after 30 s (`resolveTimeout` in VS Code's webview service-worker.js).
 */
const PREVIEW_DEADLINE_MS = 60000;

/** Registers the test hooks when the extension runs under test; does nothing otherwise. */
export function registerTestHooks(
  context: vscode.ExtensionContext,
  deps: { models: ModelCache; preview: PreviewManager; questions: Questions },
): void {
  if (context.extensionMode !== vscode.ExtensionMode.Test) return;
  const recorder = new PreviewRecorder();
  const open = () => {
    const preview = deps.preview.current;
    if (!preview) throw new Error('no preview is open');
    return preview;
  };
  context.subscriptions.push(
    recorder,
    vscode.commands.registerCommand(TestHooks.previewRendered, (uri: string, version: number) =>
      deps.preview.whenRendered(uri, version, PREVIEW_DEADLINE_MS),
    ),
    vscode.commands.registerCommand(TestHooks.recordPreview, () => recorder.start(open().panel.webview)),
    vscode.commands.registerCommand(TestHooks.previewRecording, (until?: { uri: string; version: number }) =>
      recorder.events(until),
    ),
    vscode.commands.registerCommand(TestHooks.previewContent, async (): Promise<PreviewSnapshot> => {
      const preview = open();
      const document = await vscode.workspace.openTextDocument(preview.documentUri);
      const { uri, version, html } = new ContentBuilder(deps.models).build(document, preview.panel.webview);
      return {
        uri,
        version,
        html,
        roots: (preview.panel.webview.options.localResourceRoots ?? []).map((r) => r.toString()),
      };
    }),
    vscode.commands.registerCommand(TestHooks.nextQuestion, () => nextQuestion(deps.questions)),
  );
}

/** The title of the next question `questions` asks. */
function nextQuestion(questions: Questions): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no question was asked within ${PREVIEW_DEADLINE_MS} ms`));
    }, PREVIEW_DEADLINE_MS);
    const sub = questions.onDidAsk((title) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(title);
    });
  });
}

/** Records the messages of one preview page, from `start` on. */
class PreviewRecorder implements vscode.Disposable {
  private recorded: PreviewEvent[] = [];
  private subscription: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<void>();

  start(webview: vscode.Webview): void {
    this.subscription?.dispose();
    this.recorded = [];
    this.subscription = webview.onDidReceiveMessage((m: unknown) => {
      if (!isWebviewMessage(m)) return;
      if (m.type === 'ready') this.recorded.push({ type: 'ready' });
      else if (m.type === 'rendered') this.recorded.push({ type: 'rendered', uri: m.uri, version: m.version });
      else return;
      this.changed.fire();
    });
  }

  events(until?: { uri: string; version: number }): Promise<PreviewEvent[]> {
    const done = () =>
      !until || this.recorded.some((e) => e.type === 'rendered' && e.uri === until.uri && e.version >= until.version);
    if (done()) return Promise.resolve([...this.recorded]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.dispose();
        reject(
          new Error(
            `the preview did not draw ${until!.uri} v${until!.version} within ${PREVIEW_DEADLINE_MS} ms; ` +
              `it reported ${JSON.stringify(this.recorded)}`,
          ),
        );
      }, PREVIEW_DEADLINE_MS);
      const sub = this.changed.event(() => {
        if (!done()) return;
        clearTimeout(timer);
        sub.dispose();
        resolve([...this.recorded]);
      });
    });
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}
