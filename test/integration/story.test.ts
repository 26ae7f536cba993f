// The incident's story in a real VS Code host: the key-metrics table command (idempotent, one undo step, updated in
// place), its quick fix, the metrics hover on the Timeline heading, the stale-block CodeLens, the gantt command.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StoryInsertResult } from '../../src/extension/story';
import { Commands } from '../../src/shared/ids';
import { activateExtension, openNew } from './helpers';

const DOC = [
  '# Postmortem: checkout errors',
  '',
  '## Issue Summary',
  '',
  'On Tuesday 40% of users could not pay because a config value was wrong.',
  '',
  '## Timeline',
  '',
  '- 09:00 UTC - Deploy of the new checkout config finished',
  '- 09:12 UTC - Pager alert fired for checkout errors',
  '- 09:20 UTC - Escalated to the payments team',
  '- 09:45 UTC - Rolled back the config; error rate dropped',
  '- 10:30 UTC - Full service restored, incident closed',
  '',
  '## Root cause and resolution',
  '',
  'A config value was wrong.',
  '',
].join('\n');
const TABLE_ROW = '| 09:00 UTC | 09:12 UTC | 09:45 UTC | 10:30 UTC | 12 min | 45 min | 1 h 30 min |';

/** Replaces the first occurrence of `from` in the editor's document (one edit). */
async function replaceText(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const at = editor.document.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" is in the document`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
  assert.ok(await editor.edit((b) => b.replace(range, to)));
}

describe('incident story in the editor', () => {
  before(async () => {
    await activateExtension();
  });

  it('inserts the key metrics table under the summary, idempotently, in one undo step, and updates it in place', async () => {
    const editor = await openNew(DOC);
    const insert = () => vscode.commands.executeCommand<StoryInsertResult>(Commands.insertMetricsTable);
    const first = await insert();
    assert.strictEqual(first?.action, 'inserted');
    const text = editor.document.getText();
    assert.match(
      text,
      /wrong\.\n\n<!-- postmortem:metrics:start -->\n\| Started \| Detected \| Mitigated \| Resolved \| TTD \| TTM \| TTR \|\n\| --- \|[^\n]*\n(.*)\n<!-- postmortem:metrics:end -->\n\n## Timeline/,
    );
    assert.ok(text.includes(TABLE_ROW), text);
    assert.strictEqual((await insert())?.action, 'unchanged');
    assert.strictEqual(editor.document.getText(), text, 'a second insert changes nothing');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), DOC, 'one undo step removes it');
    await vscode.commands.executeCommand('redo');
    assert.strictEqual(editor.document.getText(), text);

    // The timeline moves on: the block says it is stale, and the command rewrites it in place.
    await replaceText(editor, '09:12 UTC - Pager', '09:18 UTC - Pager');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      editor.document.uri,
    );
    const stale = lenses.find((l) => l.command?.command === Commands.insertMetricsTable);
    assert.strictEqual(stale?.command?.title, 'Key metrics table out of date — Update');
    assert.strictEqual(stale.range.start.line, 6, 'on the start marker');
    const updated = await vscode.commands.executeCommand<StoryInsertResult>(
      stale.command.command,
      ...((stale.command.arguments ?? []) as unknown[]),
    );
    assert.strictEqual(updated?.action, 'updated');
    const after = editor.document.getText();
    assert.strictEqual(after.split('postmortem:metrics:start').length, 2, 'still one table');
    assert.ok(
      after.includes('| 09:00 UTC | 09:18 UTC | 09:45 UTC | 10:30 UTC | 18 min | 45 min | 1 h 30 min |'),
      after,
    );
    const lensesAfter = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      editor.document.uri,
    );
    assert.ok(!lensesAfter.some((l) => l.command?.command === Commands.insertMetricsTable), 'up to date: no lens');
  });

  it('offers the table as a quick fix on the summary, and writes it in one step', async () => {
    const editor = await openNew(DOC);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(4, 0, 4, 0),
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === 'Insert key metrics table (TTD, TTM, TTR)');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(editor.document.getText().includes(TABLE_ROW));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), DOC);
  });

  it('shows the milestones and TTD/TTA/TTM/TTR when hovering the Timeline heading', async () => {
    const editor = await openNew(DOC);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(6, 4),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Incident metrics\*\* \(times in UTC\)/);
    assert.match(text, /\| Detected \| 09:12 UTC \(line 10\) \| TTD 12 min \|/);
    assert.match(text, /\| Acknowledged \| 09:20 UTC \(line 11\) \| TTA 20 min \|/);
    assert.match(text, /\| Resolved \| 10:30 UTC \(line 13\) \| TTR 1 h 30 min \|/);
    assert.match(text, /Impact: 1 h 30 min\./);
    const elsewhere = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(9, 4),
    );
    assert.ok(
      !elsewhere.some((h) =>
        h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Incident metrics')),
      ),
      'only on the heading',
    );
  });

  it('inserts the timeline gantt after the timeline, then leaves it alone', async () => {
    const editor = await openNew(DOC);
    const first = await vscode.commands.executeCommand<StoryInsertResult>(Commands.insertGantt);
    assert.strictEqual(first?.action, 'inserted');
    assert.match(
      editor.document.getText(),
      /incident closed\n\n<!-- postmortem:gantt:start -->\n## Timeline to scale\n\n```mermaid\ngantt\n[\s\S]*TTR 1 h 30 min :done, ttr, 09:00, 10:30\n[\s\S]*```\n<!-- postmortem:gantt:end -->\n\n## Root cause/,
    );
    assert.strictEqual(
      (await vscode.commands.executeCommand<StoryInsertResult>(Commands.insertGantt))?.action,
      'unchanged',
    );
  });
});
