// Snippets, the word-count status bar and its checklist, New Postmortem, and the manifest's commands, in the real host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMPLETE, NO_TIMELINE } from './editorTexts';
import {
  activateExtension,
  closeAllEditors,
  diagnosticsOf,
  openNew,
  packageJson,
  tooltipText,
  waitForEvent,
  withSetting,
  type Api,
} from './helpers';

/** Opens an empty untitled Markdown editor. */
async function emptyMarkdown(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  return vscode.window.showTextDocument(doc);
}

/** Inserts a contributed snippet by name and returns the text. */
async function expand(name: string): Promise<string> {
  const editor = await emptyMarkdown();
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
  return editor.document.getText();
}

describe('editor: snippets', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('expands a whole ALX postmortem with every section', async () => {
    const text = await expand('Postmortem: ALX 0x19 Postmortem');
    assert.match(text, /^<!-- postmortem: alx-0x19 -->\n# ALX 0x19 Postmortem\n/);
    for (const h of [
      '## Issue Summary',
      '## Timeline',
      '## Root cause and resolution',
      '## Corrective and preventative measures',
    ])
      assert.ok(text.includes(h), h);
  });

  it('expands a section', async () => {
    assert.match(await expand('Postmortem section: Timeline'), /^## Timeline\n\n- HH:MM UTC - /);
  });

  it('stamps a timeline bullet with the current time', async () => {
    assert.match(await expand('Postmortem timeline entry'), /^- \*\*\d\d:\d\d UTC[+-]\d\d:\d\d\*\* - what happened/);
    assert.match(
      await expand('Postmortem timeline entry with date'),
      /^- \*\*\d{4}-\d\d-\d\d \d\d:\d\d UTC[+-]\d\d:\d\d\*\* - /,
    );
  });

  it('expands an action item and a Mermaid block', async () => {
    assert.match(
      await expand('Postmortem action item'),
      /^- \[ \] What will be done \(owner: @name, due: \d{4}-\d\d-\d\d\)$/,
    );
    assert.match(await expand('Postmortem Mermaid flowchart'), /^```mermaid\nflowchart TD\n[\s\S]*\n```\n$/);
  });
});

describe('editor: word count and checklist', () => {
  let api: Api;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  it('shows "N words · M min · 400–600" in warning colour when outside the range', async () => {
    await openNew(COMPLETE);
    const item = api.statusBar!.item;
    assert.ok(api.statusBar!.visible);
    assert.match(item.text, /^\d+ words · \d+ min · 400–600$/);
    assert.match(tooltipText(item.tooltip), /about \d+ min to read/);
    assert.ok(item.backgroundColor instanceof vscode.ThemeColor);
    assert.strictEqual(item.command, 'postmortem.showChecklist');
  });

  it('follows typing and hides for ordinary Markdown and when turned off', async () => {
    const editor = await openNew(COMPLETE);
    const bar = api.statusBar!;
    const count = (): number => Number(/^(\d+)/.exec(bar.item.text)![1]);
    const before = count();
    const grown = waitForEvent(bar.onDidUpdate!, () => count() === before + 5, 'the word count to grow by 5');
    await editor.edit((b) => b.insert(new vscode.Position(14, 0), 'one two three four five '));
    await grown;
    const hidden = waitForEvent(bar.onDidUpdate!, () => !bar.visible, 'the status bar item to hide');
    await withSetting('postmortem', 'wordCount.statusBar', false, () => hidden);
    if (!bar.visible)
      await waitForEvent(bar.onDidUpdate!, () => bar.visible === true, 'the status bar item to come back');
    const notes = waitForEvent(bar.onDidUpdate!, () => !bar.visible, 'the item to hide for ordinary Markdown');
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n' }),
    );
    await notes;
  });

  it('counts the words of the selection: "3 of N words"', async () => {
    const editor = await openNew(COMPLETE);
    const bar = api.statusBar!;
    const total = /^(\d+) words/.exec(bar.item.text)![1];
    const line = editor.document.lineAt(editor.document.lineCount - 1).text
      ? editor.document.lineCount - 1
      : editor.document.lineCount - 2;
    // Three words of plain prose written at the end, then selected.
    await editor.edit((b) => b.insert(new vscode.Position(line + 1, 0), '\nalpha beta gamma\n'));
    const grown = `${Number(total) + 3}`;
    if (!bar.item.text.startsWith(`${grown} words`))
      await waitForEvent(
        bar.onDidUpdate!,
        () => bar.item.text.startsWith(`${grown} words`),
        'the count to include the new words',
      );
    const at = editor.document.lineCount - 2;
    assert.strictEqual(editor.document.lineAt(at).text, 'alpha beta gamma');
    const selected = waitForEvent(bar.onDidUpdate!, () => bar.item.text.startsWith('3 of '), 'the selection count');
    editor.selection = new vscode.Selection(at, 0, at, 'alpha beta gamma'.length);
    await selected;
    assert.match(bar.item.text, new RegExp(`^3 of ${grown} words · \\d+ min · 400–600$`));
    const cleared = waitForEvent(
      bar.onDidUpdate!,
      () => bar.item.text.startsWith(`${grown} words`),
      'the selection count to go',
    );
    editor.selection = new vscode.Selection(at, 0, at, 0);
    await cleared;
  });

  it('lists the template sections, ticked when present', async () => {
    await openNew(NO_TIMELINE);
    const rows = await vscode.commands.executeCommand<Array<{ title: string; present: boolean }>>(
      'postmortem.showChecklist',
      { show: false },
    );
    assert.deepStrictEqual(
      rows.map((r) => [r.title, r.present]),
      [
        ['Issue Summary', true],
        ['Timeline', false],
        ['Root cause and resolution', true],
        ['Corrective and preventative measures', true],
      ],
    );
  });
});

describe('editor: New Postmortem…', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('opens an untitled Markdown postmortem of the chosen template, times in the chosen zone', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('postmortem.newPostmortem', {
      template: 'alx-0x19',
      timeZone: 'Africa/Lagos',
    });
    assert.ok(doc);
    assert.strictEqual(doc.languageId, 'markdown');
    assert.strictEqual(doc.isUntitled, true);
    // Named after the day (tab title and proposed file name), not after the first line, which is the template marker.
    assert.match(doc.uri.path, /^postmortem-\d{4}-\d\d-\d\d(-\d+)?\.md$/);
    const text = doc.getText();
    assert.match(text, /^<!-- postmortem: alx-0x19 -->\n# ALX 0x19 Postmortem/);
    assert.ok(text.includes('## Timeline'));
    assert.ok(!/\bUTC\b(?![+-])/.test(text) && /HH:MM (WAT|UTC\+01:00)/.test(text), text);
    await diagnosticsOf(doc.uri, 'PM019');
  });

  it('refuses an unknown template or zone without opening anything', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('postmortem.newPostmortem', { template: 'nope', timeZone: 'UTC' }),
      undefined,
    );
    assert.strictEqual(
      await vscode.commands.executeCommand('postmortem.newPostmortem', {
        template: 'google-sre',
        timeZone: 'Mars/Base',
      }),
      undefined,
    );
  });
});

describe('editor: manifest', () => {
  before(activateExtension);

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = (packageJson().contributes.commands as Array<{ command: string }>).map((c) => c.command);
    assert.deepStrictEqual(
      contributed.filter((c) => !registered.has(c)),
      [],
    );
  });

  it('contributes the snippets, the injection grammar and a four-step walkthrough', () => {
    const c = packageJson().contributes as Record<string, Array<Record<string, unknown>>>;
    assert.ok(c.snippets!.some((s) => s.language === 'markdown'));
    assert.ok(c.grammars!.some((g) => g.scopeName === 'markdown.postmortem.injection'));
    assert.strictEqual((c.walkthroughs![0]!.steps as unknown[]).length, 4);
  });
});
