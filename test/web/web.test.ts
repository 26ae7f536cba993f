// The web-extension bundle (package.json `browser`) in VS Code's web worker extension host: no Node, same features.
import * as vscode from 'vscode';
import { TestHooks } from '../../src/extension/testHooks';
import { waitForDiagnostics, waitForEvent } from '../shared/events';
import { assert } from './assert';

const ID = 'postmortem-writer.postmortem-writer';
const NO_TIMELINE = [
  '# Postmortem: login outage',
  '',
  '## Issue Summary',
  '',
  'From 09:10 to 09:40 UTC (30 minutes) 20% of users could not log in; the root cause was an expired certificate.',
  '',
  '## Root cause and resolution',
  '',
  'The certificate expired; we renewed it.',
  '',
  '## Corrective and preventative measures',
  '',
  '- [ ] Alert 30 days before certificates expire',
  '',
].join('\n');

/** The rule id of a diagnostic: its code (a string, or the value of a code with a link). */
function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

describe('web extension host', () => {
  it('reports a missing Timeline section', async () => {
    const doc = (await openPostmortem()).document;
    const d = await waitForDiagnostics(doc.uri, (ds) =>
      ds.some(
        (x) =>
          x.source === 'postmortem' && codeOf(x) === 'PM001' && /^Missing required section "Timeline"/.test(x.message),
      ),
    );
    assert.ok(d.length > 0);
  });

  it('serves every command from the browser bundle alone', async () => {
    // Opening a postmortem activates it; its diagnostics say it is up. The harness loads a copy of the extension without
    // `main`, so no Node host can run it: whatever answers below is the `browser` bundle in the web worker. (These tests
    // themselves may run in the Node host, where it is absent.)
    const doc = (await openPostmortem()).document;
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => x.source === 'postmortem'));
    const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
    if (node)
      assert.strictEqual(
        vscode.extensions.getExtension(ID),
        undefined,
        'the extension must not run in the Node host here',
      );
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
      'postmortem.insertTimelineEntry',
      'postmortem.openPreview',
      'postmortem.fixAll',
      'postmortem.newPostmortem',
    ]) {
      assert.ok(commands.includes(id), `${id} is not registered by the web extension`);
    }
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    // VS Code runs the extension under test here (ExtensionMode.Test): it has its test hooks, and no other `_` command.
    const hooks = commands.filter((c) => c.startsWith('postmortem._')).sort();
    assert.strictEqual(JSON.stringify(hooks), JSON.stringify(Object.values(TestHooks).sort()));
  });

  it("lists the workspace's open action items in the Follow-ups view, read through vscode.workspace.fs", async () => {
    // followups-postmortem.md holds two open items (one overdue) and a done one.
    const counts = await vscode.commands.executeCommand<{
      postmortems: number;
      open: number;
      overdue: number;
      tickable: number;
    }>('postmortem.followups.refresh');
    assert.ok(counts && counts.postmortems >= 1 && counts.open >= 2 && counts.overdue >= 1, JSON.stringify(counts));
    assert.strictEqual(counts.tickable, vscode.workspace.isTrusted ? counts.tickable : 0);
  });

  it('inserts a stamped timeline entry', async () => {
    const editor = await openPostmortem();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const line = await vscode.commands.executeCommand<number | undefined>('postmortem.insertTimelineEntry', {
      now: '2026-11-27T14:32:00Z',
    });
    assert.strictEqual(typeof line, 'number');
    assert.match(editor.document.lineAt(line!).text, /^- \*\*14:32 UTC\*\* - $/);
  });

  it('answers the #postmortem language-model tool from the browser bundle', async () => {
    const result = await vscode.lm.invokeTool('postmortem_check', {
      input: { text: NO_TIMELINE },
      toolInvocationToken: undefined,
    });
    const text = result.content[0] instanceof vscode.LanguageModelTextPart ? result.content[0].value : '';
    assert.match(text, /PM001\/required-sections: Missing required section "Timeline"/);
  });

  it('opens the preview panel', async () => {
    await openPostmortem();
    const opened = waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      (e) =>
        e.opened.some((t) => t.input instanceof vscode.TabInputWebview && /postmortem\.preview/.test(t.input.viewType)),
      'the preview tab to open',
    );
    await vscode.commands.executeCommand('postmortem.openPreviewToSide');
    await opened;
  });
});

/** Opens a new untitled postmortem (no Timeline section) in an editor of its own. */
async function openPostmortem(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: NO_TIMELINE });
  return vscode.window.showTextDocument(doc);
}
