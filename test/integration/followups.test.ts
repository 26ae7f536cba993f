// The Postmortem Follow-ups view in the real host: its items, grouping, navigation, check-off (one undo step),
// refresh on file changes and saves, and read-only items on a read-only file system.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, waitForEvent, workspaceUri } from './helpers';

/** The parts of the extension's API these tests use (typed loosely: tests do not import the bundle). */
interface Item {
  kind: 'item';
  id: string;
  uri: vscode.Uri;
  item: {
    line: number;
    text: string;
    owner?: string;
    due?: string;
    overdue: boolean;
    daysOverdue?: number;
    boxColumn?: number;
  };
  readOnly: boolean;
}
interface Group {
  kind: 'group';
  id: string;
  label: string;
  description?: string;
  items: Item[];
}
interface FollowUpsApi {
  tree: {
    getChildren(node?: Group | Item): Array<Group | Item>;
    getTreeItem(node: Group | Item): vscode.TreeItem;
    groupBy: string;
  };
  refresh(): Promise<void>;
  checkOff(node: Item): Promise<boolean>;
  onDidRefresh: vscode.Event<ReadonlyArray<{ uri: vscode.Uri; items: unknown[] }>>;
}

const POSTMORTEM = [
  '# Postmortem: queue stall',
  '',
  '## Issue Summary',
  '',
  'From 09:00 to 09:40 UTC on 2026-03-02 the job queue stalled for all users because a config key was renamed.',
  '',
  '## Timeline',
  '',
  '- 09:00 UTC - Queue depth alert fired; Ana paged the on-call.',
  '- 09:40 UTC - Key restored; the queue drained.',
  '',
  '## Root cause and resolution',
  '',
  'A renamed config key made the workers fall back to one thread; restoring the key fixed it.',
  '',
  '## Corrective and preventative measures',
  '',
  '- [ ] Validate config keys at startup (owner: @ana, due: 2020-01-15)',
  '- [x] Alert on queue depth (owner: @bo, due: 2020-01-10)',
  '- [ ] Add a **canary** stage to the deploy (owner: @bo, due: 2099-12-31)',
  '- [ ] Write the runbook entry for a stalled queue',
  '',
].join('\n');

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

describe('Postmortem Follow-ups view', () => {
  let api: FollowUpsApi;
  const file = workspaceUri('followups', 'queue-postmortem.md');

  /** The items of our file, as the tree shows them (grouped by postmortem). */
  const itemsOf = (uri: vscode.Uri): Item[] => {
    const groups = api.tree.getChildren() as Group[];
    const group = groups.find((g) => g.id === `postmortem:${uri.toString()}`);
    return group ? (api.tree.getChildren(group) as Item[]) : [];
  };

  before(async () => {
    api = ((await activateExtension()) as unknown as { followups: FollowUpsApi }).followups;
    await write(file, POSTMORTEM);
    await api.refresh();
  });
  afterEach(async () => {
    await closeAllEditors();
    if (api.tree.groupBy !== 'postmortem')
      await vscode.commands.executeCommand('postmortem.followups.groupByPostmortem');
  });
  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri('followups'), { recursive: true }).then(undefined, () => undefined);
  });

  it('lists the open action items of a postmortem with owner, due date and an overdue badge; done items are not listed', () => {
    const items = itemsOf(file);
    assert.deepStrictEqual(
      items.map((i) => [i.item.line, i.item.text, i.item.owner ?? null, i.item.due ?? null, i.item.overdue]),
      [
        [17, 'Validate config keys at startup', '@ana', '2020-01-15', true],
        [19, 'Add a canary stage to the deploy', '@bo', '2099-12-31', false],
        [20, 'Write the runbook entry for a stalled queue', null, null, false],
      ],
    );
    const overdue = api.tree.getTreeItem(items[0]!);
    assert.match(String(overdue.description), /^@ana · due 2020-01-15 · overdue \d+ d$/);
    assert.strictEqual((overdue.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.strictEqual(
      (overdue.checkboxState as { state: vscode.TreeItemCheckboxState }).state,
      vscode.TreeItemCheckboxState.Unchecked,
    );
    assert.strictEqual(overdue.contextValue, 'postmortem.followup.tickable');
    assert.strictEqual(api.tree.getTreeItem(items[2]!).description, 'no owner · no due date');
    const group = (api.tree.getChildren() as Group[]).find((g) => g.id === `postmortem:${file.toString()}`)!;
    assert.strictEqual(group.label, 'Postmortem: queue stall');
    assert.match(group.description ?? '', /followups\/queue-postmortem\.md · 3 open, 1 overdue$/);
  });

  it('groups by owner (no owner last, overdue first) and back by postmortem', async () => {
    await vscode.commands.executeCommand('postmortem.followups.groupByOwner');
    assert.strictEqual(api.tree.groupBy, 'owner');
    const groups = api.tree.getChildren() as Group[];
    const labels = groups.map((g) => g.label);
    assert.ok(labels.includes('@ana') && labels.includes('@bo'), JSON.stringify(labels));
    assert.strictEqual(labels[labels.length - 1], 'No owner');
    const bo = groups.find((g) => g.label === '@bo')!;
    assert.deepStrictEqual(
      (api.tree.getChildren(bo) as Item[]).filter((i) => i.uri.toString() === file.toString()).map((i) => i.item.text),
      ['Add a canary stage to the deploy'],
    );
    const ana = api.tree.getTreeItem(groups.find((g) => g.label === '@ana')!.items[0]!);
    assert.match(String(ana.description), /^Postmortem: queue stall · due 2020-01-15 · overdue/);
    await vscode.commands.executeCommand('postmortem.followups.groupByPostmortem');
    assert.strictEqual(api.tree.groupBy, 'postmortem');
    assert.strictEqual(itemsOf(file).length, 3);
  });

  it("a click on an item opens its postmortem at the item's line", async () => {
    const item = itemsOf(file)[1]!;
    const command = api.tree.getTreeItem(item).command!;
    await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor opened');
    assert.strictEqual(editor.document.uri.toString(), file.toString());
    assert.strictEqual(editor.selection.active.line, 19);
  });

  it('checking an item off ticks that line only in the file, saves it, and the item leaves the view', async () => {
    const before = decode(await vscode.workspace.fs.readFile(file));
    const item = itemsOf(file)[0]!;
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.followups.checkOff', item), true);
    const after = decode(await vscode.workspace.fs.readFile(file));
    const changed = before
      .split('\n')
      .map((l, i) => [l, after.split('\n')[i]])
      .filter(([a, b]) => a !== b);
    assert.deepStrictEqual(changed, [
      [
        '- [ ] Validate config keys at startup (owner: @ana, due: 2020-01-15)',
        '- [x] Validate config keys at startup (owner: @ana, due: 2020-01-15)',
      ],
    ]);
    assert.deepStrictEqual(
      itemsOf(file).map((i) => i.item.line),
      [19, 20],
    );
    await write(file, POSTMORTEM);
    await api.refresh();
  });

  it('a check-off is one undo step in the open editor', async () => {
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    const item = itemsOf(file).find((i) => i.item.line === 19)!;
    assert.ok(await api.checkOff(item));
    assert.strictEqual(doc.lineAt(19).text, '- [x] Add a **canary** stage to the deploy (owner: @bo, due: 2099-12-31)');
    assert.strictEqual(doc.isDirty, false, 'the tick is saved to the file');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), POSTMORTEM);
    await doc.save();
    await api.refresh();
    assert.strictEqual(itemsOf(file).length, 3);
  });

  it('does not tick a line that no longer holds the item (the document changed since the scan)', async () => {
    const item = itemsOf(file).find((i) => i.item.line === 20)!;
    await write(
      file,
      POSTMORTEM.replace('- [ ] Write the runbook entry for a stalled queue', '- [ ] Something else entirely'),
    );
    assert.strictEqual(await api.checkOff(item), false);
    assert.ok(!decode(await vscode.workspace.fs.readFile(file)).includes('[x] Something else'));
    await write(file, POSTMORTEM);
    await api.refresh();
  });

  it('refreshes when a postmortem file is created, and when an open postmortem is saved', async () => {
    const other = workspaceUri('followups', 'db-incident.md');
    const created = waitForEvent(
      api.onDidRefresh,
      (all) => all.some((p) => p.uri.toString() === other.toString() && p.items.length === 1),
      'the new file in the view',
    );
    await write(
      other,
      POSTMORTEM.replace(/- \[[ x]\] .*\n/g, '').replace(
        '## Corrective and preventative measures\n',
        '## Corrective and preventative measures\n\n- [ ] Rotate the database credentials (owner: @cy, due: 2099-01-01)\n',
      ),
    );
    await created;
    assert.deepStrictEqual(
      itemsOf(other).map((i) => i.item.text),
      ['Rotate the database credentials'],
    );

    const doc = await vscode.workspace.openTextDocument(other);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) =>
      e.insert(
        new vscode.Position(doc.lineCount - 1, 0),
        '- [ ] Add a replica lag alert (owner: @cy, due: 2099-02-01)\n',
      ),
    );
    const saved = waitForEvent(
      api.onDidRefresh,
      (all) => all.some((p) => p.uri.toString() === other.toString() && p.items.length === 2),
      'the saved item in the view',
    );
    await doc.save();
    await saved;
    assert.deepStrictEqual(
      itemsOf(other).map((i) => i.item.text),
      ['Rotate the database credentials', 'Add a replica lag alert'],
    );
  });

  it('shows items of a read-only file system without a checkbox, and never ticks them', async () => {
    const text = new TextEncoder().encode(POSTMORTEM);
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: () => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: text.length }),
      readDirectory: () => [],
      createDirectory: () => {
        throw vscode.FileSystemError.NoPermissions();
      },
      readFile: () => text,
      writeFile: () => {
        throw vscode.FileSystemError.NoPermissions();
      },
      delete: () => {
        throw vscode.FileSystemError.NoPermissions();
      },
      rename: () => {
        throw vscode.FileSystemError.NoPermissions();
      },
    };
    const registration = vscode.workspace.registerFileSystemProvider('pm-readonly', provider, { isReadonly: true });
    try {
      const uri = vscode.Uri.parse('pm-readonly:/archive/old-postmortem.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await api.refresh();
      const items = itemsOf(uri);
      assert.strictEqual(items.length, 3);
      assert.ok(items.every((i) => i.readOnly));
      const t = api.tree.getTreeItem(items[0]!);
      assert.strictEqual(t.checkboxState, undefined);
      assert.strictEqual(t.contextValue, 'postmortem.followup');
      assert.strictEqual(await api.checkOff(items[0]!), false);
    } finally {
      await closeAllEditors();
      registration.dispose();
    }
  });
});
