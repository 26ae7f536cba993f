// Custom templates from `.postmortem.json`: used for linting once written, and a broken file explains itself.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  ours,
  ruleOf,
  waitForDiagnostics,
  withSetting,
  workspaceUri,
} from './helpers';

const TEMPLATE = {
  templates: [
    {
      id: 'team-blameless',
      title: 'Team blameless review',
      description: 'Our own format',
      sections: [
        { title: 'What happened', aliases: ['Summary'], required: true },
        { title: 'Blast radius', required: true },
        { title: 'Follow-ups', required: true, content: ['task-list'] },
      ],
    },
  ],
};

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

const DOC =
  '<!-- postmortem: team-blameless -->\n# Postmortem: cache stampede\n\n## What happened\n\nThe cache emptied.\n\n## Follow-ups\n\n- [ ] Add jitter\n';

/** The PM001 messages of a document's diagnostics. */
const missing = (d: readonly vscode.Diagnostic[]): string[] =>
  ours(d)
    .filter((x) => ruleOf(x) === 'PM001')
    .map((x) => x.message);
/** Checked against the custom template: its one missing section is reported (and nothing it has). */
const checkedAsCustom = (d: readonly vscode.Diagnostic[]): boolean =>
  missing(d).some((m) => /"Blast radius" \(Team blameless review\)/.test(m));

describe('custom templates from .postmortem.json', () => {
  let api: { customTemplates: { reload(): Promise<Array<{ id: string }>> } };
  const config = workspaceUri('.postmortem.json');

  /** Removes the template file; resolves once no custom template is in use. */
  async function removeConfig(): Promise<void> {
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    assert.deepStrictEqual(await api.customTemplates.reload(), []);
  }

  before(async () => {
    api = (await activateExtension()) as unknown as typeof api;
  });
  beforeEach(removeConfig);
  afterEach(closeAllEditors);
  after(removeConfig);

  it('lints a document that names the custom template against its sections', async () => {
    await write('.postmortem.json', JSON.stringify(TEMPLATE));
    // Resolves once the templates are in use (a reload the file watcher starts meanwhile included).
    const loaded = await api.customTemplates.reload();
    assert.deepStrictEqual(
      loaded.map((t) => t.id),
      ['team-blameless'],
    );
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: DOC });
    await vscode.window.showTextDocument(doc);
    const diagnostics = await waitForDiagnostics(doc.uri, checkedAsCustom);
    assert.ok(
      !missing(diagnostics).some((m) => /What happened|Follow-ups|Timeline/i.test(m)),
      JSON.stringify(missing(diagnostics)),
    );
  });

  it('checks a document opened before the template file again once the file is written', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: DOC });
    await vscode.window.showTextDocument(doc);
    // No such template yet: the default one applies.
    await waitForDiagnostics(doc.uri, (d) => missing(d).length > 0 && !checkedAsCustom(d));
    // Written as a person would (no reload asked for): the file watcher loads it and the open document is checked again.
    await write('.postmortem.json', JSON.stringify(TEMPLATE));
    const diagnostics = await waitForDiagnostics(doc.uri, checkedAsCustom);
    assert.ok(
      !missing(diagnostics).some((m) => /What happened|Follow-ups|Timeline/i.test(m)),
      JSON.stringify(missing(diagnostics)),
    );
  });

  it('reports a broken template file on the file, naming the field, and keeps linting', async () => {
    await write(
      '.postmortem.json',
      JSON.stringify({ templates: [{ id: 'bad', title: 'Bad', sections: [{ required: true }] }] }),
    );
    await api.customTemplates.reload();
    const problems = await waitForDiagnostics(config, (d) => d.length > 0);
    assert.match(problems[0]!.message, /sections\[0\]\.title/);
    await write('.postmortem.json', '{ "templates": [ ');
    await api.customTemplates.reload();
    const syntax = await waitForDiagnostics(config, (d) => d.some((x) => /JSON/.test(x.message)));
    assert.ok(syntax.length > 0);
    // It keeps linting: a postmortem opened now is checked (against the default template).
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: DOC });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => missing(d).length > 0);
  });

  it("checks a document that matches no template against the file's defaultTemplate, unless the setting is set", async () => {
    await write('.postmortem.json', JSON.stringify({ ...TEMPLATE, defaultTemplate: 'team-blameless' }));
    await api.customTemplates.reload();
    // No section headings at all: no template matches, so the default one applies.
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# Postmortem: disk full\n\nThe disk filled at 14:05 UTC and the checkout went down for everyone.\n',
    });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, checkedAsCustom);
    // The user's own setting wins over the workspace file.
    await withSetting('postmortem', 'defaultTemplate', 'incident-report', async () => {
      await waitForDiagnostics(
        doc.uri,
        (d) => missing(d).some((m) => /\(Incident Report\)/.test(m)) && !checkedAsCustom(d),
      );
    });
    await waitForDiagnostics(doc.uri, checkedAsCustom);
  });
});
