// settings.json completes what the code accepts: rule ids and names as keys of postmortem.rules, severities as their
// values, and the built-in template ids for postmortem.defaultTemplate (VS Code's JSON language server, our schema).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors } from './helpers';

let documents = 0;

/**
 * The completion labels VS Code offers at the `|` of a settings document. Each document has a name of its own: an
 * untitled document opened after one was closed can get the same uri, and the JSON language server may still answer
 * for the closed one.
 */
async function completionsAt(textWithCursor: string): Promise<string[]> {
  const at = textWithCursor.indexOf('|');
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/settings-schema-${process.pid}-${++documents}.json` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), textWithCursor.replace('|', ''))));
  const doc = editor.document;
  const position = doc.positionAt(at);
  // The JSON language server starts with the first JSON document and fetches the settings schema: ask until it answers
  // (on a loaded machine that took over 20 s once; the test's own timeout is 60 s).
  const deadline = Date.now() + 45000;
  let labels: string[] = [];
  while (Date.now() < deadline) {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      position,
    );
    // Until the server answers, VS Code offers the words of open documents (kind Text): those are not the schema's.
    labels = list.items
      .filter((i) => i.kind !== vscode.CompletionItemKind.Text)
      .map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/^"|"$/g, ''));
    if (labels.length) break;
  }
  return labels;
}

const SCHEMA = '"$schema": "vscode://schemas/settings/user"';

describe('settings schema in settings.json', function () {
  this.timeout(60000);
  before(activateExtension);
  afterEach(closeAllEditors);

  it('postmortem.rules completes rule ids and names, and severities as values', async () => {
    const keys = await completionsAt(`{ ${SCHEMA}, "postmortem.rules": { | } }`);
    for (const k of ['PM003', 'PM019', 'timeline-timezone', 'placeholders'])
      assert.ok(keys.includes(k), `${k} not offered: ${keys.slice(0, 60).join(', ')}`);
    const values = await completionsAt(`{ ${SCHEMA}, "postmortem.rules": { "PM005": | } }`);
    assert.deepStrictEqual(
      ['error', 'warning', 'information', 'hint', 'off'].filter((v) => !values.includes(v)),
      [],
      values.join(', '),
    );
  });

  it('postmortem.defaultTemplate offers the built-in templates', async () => {
    const values = await completionsAt(`{ ${SCHEMA}, "postmortem.defaultTemplate": | }`);
    for (const id of ['alx-0x19', 'incident-report', 'google-sre', 'atlassian', 'gitlab-rca'])
      assert.ok(values.includes(id), `${id} not offered: ${values.join(', ')}`);
  });
});
