// The timeline commands in the real host: placement, zones, midnight, settings, typed times, and refusals.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMPLETE, NO_TIMELINE, withEntries } from './editorTexts';
import { activateExtension, closeAllEditors, linesOf, openNew, placeCursor, withSetting } from './helpers';

const NOW = new Date('2026-11-27T14:32:00Z');
const ENTRY = '- **14:32 UTC** - ';

/** Runs the command with a fixed "now"; returns the line it reports. */
async function insertNow(now: Date = NOW): Promise<number | undefined> {
  return vscode.commands.executeCommand<number | undefined>('postmortem.insertTimelineEntry', { now });
}

/** Asserts the cursor sits at the end of the given line, ready to type. */
function assertCursorReady(editor: vscode.TextEditor, line: number): void {
  const text = editor.document.lineAt(line).text;
  assert.ok(editor.selection.isEmpty);
  assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character], [line, text.length]);
}

describe('editor: timeline entry commands', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('inserts "- **14:32 UTC** - " after the entry under the cursor, as one undo step', async () => {
    const editor = await openNew(COMPLETE);
    placeCursor(editor, 8, 5);
    assert.strictEqual(await insertNow(), 9);
    const lines = linesOf(editor.document);
    assert.deepStrictEqual(lines.slice(8, 11), ['- **09:00 UTC** - Alert fired on the payments error rate.', ENTRY, '- **09:10 UTC** - Escalated to the database team.']);
    assertCursorReady(editor, 9);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), COMPLETE);
  });

  it('with the cursor outside the Timeline, appends to the end of the Timeline', async () => {
    const editor = await openNew(COMPLETE);
    placeCursor(editor, 4);
    assert.strictEqual(await insertNow(), 11);
    const lines = linesOf(editor.document);
    assert.deepStrictEqual(lines.slice(10, 13), ['- **09:40 UTC** - Migration rolled back; service restored.', ENTRY, '']);
    assertCursorReady(editor, 11);
  });

  it('without a Timeline, adds the section at its template place', async () => {
    const editor = await openNew(NO_TIMELINE);
    placeCursor(editor, 0);
    const line = await insertNow();
    const lines = linesOf(editor.document);
    assert.deepStrictEqual(lines.slice(4, 11), [lines[4], '', '## Timeline', '', ENTRY, '', '## Root cause and resolution']);
    assert.strictEqual(line, 8);
    assertCursorReady(editor, 8);
  });

  it('writes the time in an IANA zone from postmortem.timeline.timeZone', async () => {
    await withSetting('postmortem', 'timeline.timeZone', 'Asia/Tokyo', async () => {
      const editor = await openNew(COMPLETE);
      placeCursor(editor, 10);
      const line = await insertNow();
      assert.match(editor.document.lineAt(line!).text, /^- \*\*23:32 (JST|UTC\+09:00)\*\* - $/);
    });
  });

  it('adds the date when the timeline crosses midnight', async () => {
    const editor = await openNew(withEntries(['- **23:40 UTC** - Alert fired.', '- **23:55 UTC** - Paged on-call.']));
    placeCursor(editor, 9);
    const line = await insertNow(new Date('2026-11-28T00:10:00Z'));
    assert.strictEqual(editor.document.lineAt(line!).text, '- **2026-11-28 00:10 UTC** - ');
  });

  it('follows postmortem.timeline.includeDate and postmortem.timeline.format', async () => {
    await withSetting('postmortem', 'timeline.includeDate', true, async () => {
      const editor = await openNew(COMPLETE);
      placeCursor(editor, 10);
      assert.strictEqual(editor.document.lineAt((await insertNow())!).text, '- **2026-11-27 14:32 UTC** - ');
    });
    await withSetting('postmortem', 'timeline.format', '- {time} {zone}: ', async () => {
      const editor = await openNew(COMPLETE);
      placeCursor(editor, 10);
      assert.strictEqual(editor.document.lineAt((await insertNow())!).text, '- 14:32 UTC: ');
    });
  });

  it('"at time" puts the entry in chronological place', async () => {
    const editor = await openNew(COMPLETE);
    placeCursor(editor, 0);
    const line = await vscode.commands.executeCommand<number>('postmortem.insertTimelineEntryAt', { time: '9:05 am', now: NOW });
    assert.strictEqual(line, 9);
    assert.strictEqual(editor.document.lineAt(9).text, '- **09:05 UTC** - ');
    assert.strictEqual(editor.document.lineAt(10).text, '- **09:10 UTC** - Escalated to the database team.');
    assertCursorReady(editor, 9);
  });

  it('"at time" refuses nonsense without editing', async () => {
    const editor = await openNew(COMPLETE);
    const line = await vscode.commands.executeCommand('postmortem.insertTimelineEntryAt', { time: '25:61', now: NOW });
    assert.strictEqual(line, undefined);
    assert.strictEqual(editor.document.getText(), COMPLETE);
  });

  it('does nothing without an editor, in a non-Markdown file, or in a read-only document', async () => {
    await closeAllEditors();
    assert.strictEqual(await insertNow(), undefined);

    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(json);
    assert.strictEqual(await insertNow(), undefined);
    assert.strictEqual(json.getText(), '{}');

    const fs = new ReadonlyFs(COMPLETE);
    const registration = vscode.workspace.registerFileSystemProvider('pm-readonly', fs, { isReadonly: true });
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('pm-readonly:/incident-postmortem.md'));
      const editor = await vscode.window.showTextDocument(doc);
      placeCursor(editor, 8);
      assert.strictEqual(doc.languageId, 'markdown');
      assert.strictEqual(await insertNow(), undefined);
      assert.strictEqual(doc.getText(), COMPLETE);
    } finally {
      await closeAllEditors();
      registration.dispose();
    }
  });
});

/** A one-file read-only file system. */
class ReadonlyFs implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  constructor(private readonly text: string) {}
  watch(): vscode.Disposable { return new vscode.Disposable(() => undefined); }
  stat(uri: vscode.Uri): vscode.FileStat {
    const isRoot = uri.path === '/';
    return { type: isRoot ? vscode.FileType.Directory : vscode.FileType.File, ctime: 0, mtime: 0, size: isRoot ? 0 : this.text.length, permissions: vscode.FilePermission.Readonly };
  }
  readDirectory(): [string, vscode.FileType][] { return [['incident-postmortem.md', vscode.FileType.File]]; }
  readFile(): Uint8Array { return new TextEncoder().encode(this.text); }
  createDirectory(): void { throw vscode.FileSystemError.NoPermissions(); }
  writeFile(): void { throw vscode.FileSystemError.NoPermissions(); }
  delete(): void { throw vscode.FileSystemError.NoPermissions(); }
  rename(): void { throw vscode.FileSystemError.NoPermissions(); }
}
