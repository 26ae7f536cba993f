// The timeline commands in the real host: placement, zones, midnight, settings, typed times, and refusals.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMPLETE, NO_TIMELINE, withEntries } from './editorTexts';
import { activateExtension, closeAllEditors, linesOf, openNew, placeCursor, withSetting } from './helpers';

const NOW = new Date('2026-11-27T14:32:00Z');
/** While the incident is live: twelve minutes after the last entry of LIVE. */
const LIVE_NOW = new Date('2026-11-27T09:52:00Z');
const ENTRY = '- **09:52 UTC** - ';
/** COMPLETE without the date in its summary: its entries (09:00–09:40 UTC) may be from today. */
const LIVE = COMPLETE.replace(' on 12 March 2024', '');

/** Runs the command with a fixed "now"; returns the line it reports. */
async function insertNow(now: Date = LIVE_NOW): Promise<number | undefined> {
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

  it('live incident: stamps the clock after the entry under the cursor, as one undo step', async () => {
    const editor = await openNew(LIVE);
    placeCursor(editor, 10, 5);
    assert.strictEqual(await insertNow(), 11);
    const lines = linesOf(editor.document);
    assert.deepStrictEqual(lines.slice(10, 13), [
      '- **09:40 UTC** - Migration rolled back; service restored.',
      ENTRY,
      '',
    ]);
    assertCursorReady(editor, 11);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), LIVE);
  });

  it('past incident (20:04 between 06:00 and 06:20): the time between the neighbours, selected to type over; Tab goes to the text', async () => {
    const editor = await openNew(COMPLETE);
    placeCursor(editor, 8, 5);
    assert.strictEqual(await insertNow(NOW), 9);
    assert.deepStrictEqual(linesOf(editor.document).slice(8, 11), [
      '- **09:00 UTC** - Alert fired on the payments error rate.',
      '- **09:05 UTC** - ',
      '- **09:10 UTC** - Escalated to the database team.',
    ]);
    assert.strictEqual(editor.document.getText(editor.selection), '09:05');
    await vscode.commands.executeCommand('type', { text: '09:02' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: 'Paged the DBA.' });
    assert.strictEqual(editor.document.lineAt(9).text, '- **09:02 UTC** - Paged the DBA.');
  });

  it('past incident: one undo step removes the entry', async () => {
    const editor = await openNew(COMPLETE);
    placeCursor(editor, 10);
    assert.strictEqual(await insertNow(NOW), 11);
    assert.strictEqual(editor.document.lineAt(11).text, '- **09:45 UTC** - ');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), COMPLETE);
  });

  it('with the cursor outside the Timeline, appends to the end of the Timeline', async () => {
    const editor = await openNew(LIVE);
    placeCursor(editor, 4);
    assert.strictEqual(await insertNow(), 11);
    const lines = linesOf(editor.document);
    assert.deepStrictEqual(lines.slice(10, 13), [
      '- **09:40 UTC** - Migration rolled back; service restored.',
      ENTRY,
      '',
    ]);
    assertCursorReady(editor, 11);
  });

  it('without a Timeline, adds the section at its template place', async () => {
    const editor = await openNew(NO_TIMELINE.replace(' on 12 March 2024', ''));
    placeCursor(editor, 0);
    const line = await insertNow();
    const lines = linesOf(editor.document);
    assert.deepStrictEqual(lines.slice(4, 11), [
      lines[4],
      '',
      '## Timeline',
      '',
      ENTRY,
      '',
      '## Root cause and resolution',
    ]);
    assert.strictEqual(line, 8);
    assertCursorReady(editor, 8);
  });

  it("follows the timeline's zone: PST entries get the time now in PST, not the setting's UTC", async () => {
    const editor = await openNew(
      withEntries(['- 01:00 PST - Alert fired.', '- 01:40 PST - Rolled back.']).replace(
        / UTC on 12 March 2024/,
        ' PST',
      ),
    );
    placeCursor(editor, 9);
    const line = await insertNow();
    assert.strictEqual(editor.document.lineAt(line!).text, '- 01:52 PST - ');
  });

  it('writes the time in the IANA zone of postmortem.timeline.timeZone when the timeline has no zone of its own', async () => {
    await withSetting('postmortem', 'timeline.timeZone', 'Asia/Tokyo', async () => {
      const text = withEntries(['- 18:00 - Alert fired.', '- 18:40 - Rolled back.']).replace(
        'From 09:00 to 09:40 UTC on 12 March 2024',
        'For 40 minutes',
      );
      const editor = await openNew(text);
      placeCursor(editor, 9);
      const line = await insertNow();
      assert.match(editor.document.lineAt(line!).text, /^- 18:52 (JST|UTC\+09:00) - $/);
    });
  });

  it('across midnight while live: no date (the entries carry none), and the checker reads it as the next day', async () => {
    const editor = await openNew(
      withEntries(['- **23:40 UTC** - Alert fired.', '- **23:55 UTC** - Paged on-call.']).replace(
        ' on 12 March 2024',
        '',
      ),
    );
    placeCursor(editor, 9);
    const line = await insertNow(new Date('2026-11-28T00:10:00Z'));
    assert.strictEqual(editor.document.lineAt(line!).text, '- **00:10 UTC** - ');
  });

  it('follows postmortem.timeline.includeDate and postmortem.timeline.format when there is no entry to imitate', async () => {
    const bare = NO_TIMELINE.replace(' on 12 March 2024', '');
    await withSetting('postmortem', 'timeline.includeDate', true, async () => {
      const editor = await openNew(bare);
      assert.strictEqual(editor.document.lineAt((await insertNow())!).text, '- **2026-11-27 09:52 UTC** - ');
    });
    await withSetting('postmortem', 'timeline.format', '- {time} {zone}: ', async () => {
      const editor = await openNew(bare);
      assert.strictEqual(editor.document.lineAt((await insertNow())!).text, '- 09:52 UTC: ');
    });
  });

  it('"at time" puts the entry in chronological place', async () => {
    const editor = await openNew(COMPLETE);
    placeCursor(editor, 0);
    const line = await vscode.commands.executeCommand<number>('postmortem.insertTimelineEntryAt', {
      time: '9:05 am',
      now: NOW,
    });
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
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const isRoot = uri.path === '/';
    return {
      type: isRoot ? vscode.FileType.Directory : vscode.FileType.File,
      ctime: 0,
      mtime: 0,
      size: isRoot ? 0 : this.text.length,
      permissions: vscode.FilePermission.Readonly,
    };
  }
  readDirectory(): [string, vscode.FileType][] {
    return [['incident-postmortem.md', vscode.FileType.File]];
  }
  readFile(): Uint8Array {
    return new TextEncoder().encode(this.text);
  }
  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  delete(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
}
