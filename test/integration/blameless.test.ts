// Blameless language in the real host: the diagnostic, its system-framed rewrite as a quick fix (one undo step), and
// phrases from `.postmortem.json`.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  applyAction,
  closeAllEditors,
  diagnosticsOf,
  openNew,
  ours,
  ruleOf,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

const TEXT = (root: string): string =>
  [
    '# Postmortem: log disk full',
    '',
    '## Issue Summary',
    '',
    'From 02:00 to 02:30 UTC on 2026-05-04 uploads failed for all users because the log disk filled up.',
    '',
    '## Timeline',
    '',
    '- 02:00 UTC - Disk alert fired; Ana paged the on-call.',
    '- 02:30 UTC - Old logs removed; uploads resumed.',
    '',
    '## Root cause and resolution',
    '',
    root,
    '',
    '## Corrective and preventative measures',
    '',
    '- [ ] Rotate logs with logrotate daily',
    '',
  ].join('\n');
const ROOT_LINE = 13;

describe('blameless language in the editor', () => {
  let api: { customTemplates: { reload(): Promise<unknown[]> } };
  const config = workspaceUri('.postmortem.json');
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);
  after(async () => {
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    await api.customTemplates.reload();
  });

  it('flags "forgot to" as information in the school format and rewrites it from the light bulb, undone in one step', async () => {
    const editor = await openNew(TEXT('Ana forgot to rotate the logs, so the disk filled.'));
    const [d] = await diagnosticsOf(editor.document.uri, 'PM027');
    assert.strictEqual(d!.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(d!.range.start.line, ROOT_LINE);
    assert.match(
      d!.message,
      /"forgot to" makes a person's memory the cause: e\.g\. "Rotating the logs depended on a manual step"/,
    );
    await applyAction(
      editor.document.uri,
      d!.range,
      (a) => a.title === 'Rewrite as "Rotating the logs depended on a manual step"',
    );
    assert.strictEqual(
      editor.document.lineAt(ROOT_LINE).text,
      'Rotating the logs depended on a manual step, so the disk filled.',
    );
    await waitForDiagnostics(editor.document.uri, (ds) => !ours(ds).some((x) => ruleOf(x) === 'PM027'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.lineAt(ROOT_LINE).text, 'Ana forgot to rotate the logs, so the disk filled.');
  });

  it("leaves the timeline's facts, quotes and passive voice alone", async () => {
    const editor = await openNew(
      TEXT(
        'The logs were not rotated. Ana said "I forgot to rotate them" afterwards. The rotation should have run nightly.',
      ),
    );
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length > 0);
    assert.deepStrictEqual(
      ours(vscode.languages.getDiagnostics(editor.document.uri))
        .filter((x) => ruleOf(x) === 'PM027')
        .map((x) => x.message),
      [],
    );
  });

  it('uses the phrases of .postmortem.json: an added one is flagged, a disabled one is not', async () => {
    await vscode.workspace.fs.writeFile(
      config,
      new TextEncoder().encode(
        JSON.stringify({
          blameless: {
            phrases: [
              {
                id: 'dropped-the-ball',
                family: 'blame',
                phrases: ['dropped the ball'],
                message: 'blames a person',
                suggestion: 'say which step had no owner',
              },
            ],
            disable: ['forgot-to'],
          },
        }),
      ),
    );
    await api.customTemplates.reload();
    const editor = await openNew(TEXT('Ana forgot to rotate the logs; the team dropped the ball on alerts.'));
    const found = await diagnosticsOf(editor.document.uri, 'PM027');
    assert.deepStrictEqual(
      found.map((x) => x.message),
      ['"dropped the ball" blames a person: say which step had no owner'],
    );
  });
});
