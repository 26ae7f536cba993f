// The walkthrough's buttons run while the walkthrough page is the active editor: they act on the postmortem the user
// was last in (still open in a tab), and say what they need when there is none.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { TestHooks } from '../../src/extension/testHooks';
import { COMPLETE } from './editorTexts';
import { activateExtension, closeAllEditors, linesOf, openNew, placeCursor, waitForEvent } from './helpers';

const WALKTHROUGH = 'postmortem-writer.postmortem-writer#postmortem.gettingStarted';
/** Twelve minutes after the last entry of COMPLETE (its summary's date removed): a live incident. */
const NOW = new Date('2026-11-27T09:52:00Z');
const LIVE = COMPLETE.replace(' on 12 March 2024', '');

/** Opens a postmortem in a tab of its own (kept, not a preview tab the next editor would replace). */
async function openPostmortem(text: string): Promise<vscode.TextEditor> {
  const editor = await openNew(text);
  await vscode.commands.executeCommand('workbench.action.keepEditor');
  return editor;
}

/** Opens the walkthrough in the active group and waits until it, not a text editor, is the active editor. */
async function openWalkthrough(): Promise<void> {
  const left = vscode.window.activeTextEditor
    ? waitForEvent(
        vscode.window.onDidChangeActiveTextEditor,
        (e) => e === undefined,
        'the walkthrough to become the active editor',
      )
    : Promise.resolve(undefined);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
  await left;
  assert.strictEqual(vscode.window.activeTextEditor, undefined);
  const active = vscode.window.tabGroups.activeTabGroup.activeTab;
  assert.ok(active && !(active.input instanceof vscode.TabInputText), `the active tab is ${active?.label}`);
}

describe('walkthrough buttons with the walkthrough page active', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('Insert Timeline Entry inserts into the postmortem last active (open in a tab behind the walkthrough)', async () => {
    const editor = await openPostmortem(LIVE);
    const uri = editor.document.uri.toString();
    placeCursor(editor, 10);
    await openWalkthrough();
    const line = await vscode.commands.executeCommand<number | undefined>('postmortem.insertTimelineEntry', {
      now: NOW,
    });
    assert.strictEqual(line, 11);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)!;
    assert.strictEqual(linesOf(doc)[11], '- **09:52 UTC** - ');
    // The editor came to the front with the cursor where the text goes.
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri);
    assert.deepStrictEqual(
      [vscode.window.activeTextEditor.selection.active.line, vscode.window.activeTextEditor.selection.active.character],
      [11, 18],
    );
  });

  it('Open Preview to the Side previews the postmortem last active', async function () {
    // It waits for a preview page to load and draw, as the preview suites do (90 s there too): a loaded machine has
    // taken more than mocha's default 30 s.
    this.timeout(90000);
    const editor = await openPostmortem(LIVE);
    const uri = editor.document.uri.toString();
    await openWalkthrough();
    const opened = await vscode.commands.executeCommand<{ uri: string; version: number } | undefined>(
      'postmortem.openPreviewToSide',
    );
    assert.strictEqual(opened?.uri, uri);
    // The preview draws it; the workbench is settled (the page loaded) before the editors are closed.
    await vscode.commands.executeCommand(TestHooks.previewRendered, uri, opened.version);
  });

  it('New Postmortem… opens a new postmortem from the walkthrough', async () => {
    await openWalkthrough();
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('postmortem.newPostmortem', {
      template: 'alx-0x19',
      timeZone: 'UTC',
    });
    assert.ok(doc && doc.languageId === 'markdown' && /## Timeline/.test(doc.getText()));
  });

  it('with no postmortem open, the buttons insert nothing and open no preview', async () => {
    const editor = await openNew(LIVE);
    const doc = editor.document;
    await closeAllEditors();
    await openWalkthrough();
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.insertTimelineEntry', { now: NOW }), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.openPreviewToSide'), undefined);
    assert.strictEqual(doc.getText(), LIVE);
  });
});
