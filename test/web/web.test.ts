// The web-extension bundle (package.json `browser`) in VS Code's web worker extension host: no Node, same features.
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../shared/events';
import { assert } from './assert';

const ID = 'postmortem-writer.postmortem-writer';
const NO_TIMELINE = [
  '# Postmortem: login outage', '', '## Issue Summary', '',
  'From 09:10 to 09:40 UTC (30 minutes) 20% of users could not log in; the root cause was an expired certificate.', '',
  '## Root cause and resolution', '', 'The certificate expired; we renewed it.', '',
  '## Corrective and preventative measures', '', '- [ ] Alert 30 days before certificates expire', '',
].join('\n');

/** The rule id of a diagnostic: its code (a string, or the value of a code with a link). */
function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

describe('web extension host', () => {
  it('reports a missing Timeline section', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: NO_TIMELINE });
    await vscode.window.showTextDocument(doc);
    const d = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => x.source === 'postmortem' && codeOf(x) === 'PM001' && /^Missing required section "Timeline"/.test(x.message)));
    assert.ok(d.length > 0);
  });

  it('serves every command from the browser bundle alone', async () => {
    // Opening Markdown above activated it. The harness loads a copy of the extension without `main`, so no Node host can run it: whatever answers below is
    // the `browser` bundle in the web worker. (These tests themselves may run in the Node host, where it is absent.)
    const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
    if (node) assert.strictEqual(vscode.extensions.getExtension(ID), undefined, 'the extension must not run in the Node host here');
    else await vscode.extensions.getExtension(ID)?.activate();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['postmortem.insertTimelineEntry', 'postmortem.openPreview', 'postmortem.fixAll', 'postmortem.newPostmortem']) {
      assert.ok(commands.includes(id), `${id} is not registered by the web extension`);
    }
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('lists the workspace\'s open action items in the Follow-ups view, read through vscode.workspace.fs', async () => {
    // followups-postmortem.md holds two open items (one overdue) and a done one.
    const counts = await vscode.commands.executeCommand<{ postmortems: number; open: number; overdue: number; tickable: number }>('postmortem.followups.refresh');
    assert.ok(counts && counts.postmortems >= 1 && counts.open >= 2 && counts.overdue >= 1, JSON.stringify(counts));
    assert.strictEqual(counts.tickable, vscode.workspace.isTrusted ? counts.tickable : 0);
  });

  it('inserts a stamped timeline entry', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const line = await vscode.commands.executeCommand<number | undefined>('postmortem.insertTimelineEntry', { now: '2026-11-27T14:32:00Z' });
    assert.strictEqual(typeof line, 'number');
    assert.match(editor.document.lineAt(line!).text, /^- \*\*14:32 UTC\*\* - $/);
  });

  it('answers the #postmortem language-model tool from the browser bundle', async () => {
    const result = await vscode.lm.invokeTool('postmortem_check', { input: { text: NO_TIMELINE }, toolInvocationToken: undefined });
    const text = result.content[0] instanceof vscode.LanguageModelTextPart ? result.content[0].value : '';
    assert.match(text, /PM001\/required-sections: Missing required section "Timeline"/);
  });

  it('opens the preview panel', async () => {
    const opened = new Promise<void>((resolve) => {
      const sub = vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.opened.some((t) => t.input instanceof vscode.TabInputWebview && /postmortem\.preview/.test(t.input.viewType))) { sub.dispose(); resolve(); }
      });
    });
    await vscode.commands.executeCommand('postmortem.openPreviewToSide');
    await opened;
  });
});
