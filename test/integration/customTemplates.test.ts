// Custom templates from `.postmortem.json`: used for linting once written, and a broken file explains itself.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, ours, ruleOf, waitForDiagnostics, workspaceUri } from './helpers';

const TEMPLATE = {
  templates: [{
    id: 'team-blameless', title: 'Team blameless review', description: 'Our own format',
    sections: [
      { title: 'What happened', aliases: ['Summary'], required: true },
      { title: 'Blast radius', required: true },
      { title: 'Follow-ups', required: true, content: ['task-list'] },
    ],
  }],
};

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

describe('custom templates from .postmortem.json', () => {
  let api: { customTemplates: { reload(): Promise<unknown[]> } };
  const config = workspaceUri('.postmortem.json');

  before(async () => {
    api = (await activateExtension()) as unknown as typeof api;
  });
  after(async () => {
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    await api.customTemplates.reload();
  });

  it('lints a document that names the custom template against its sections', async () => {
    await write('.postmortem.json', JSON.stringify(TEMPLATE));
    const loaded = await api.customTemplates.reload();
    assert.strictEqual(loaded.length, 1);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown',
      content: '<!-- postmortem: team-blameless -->\n# Postmortem: cache stampede\n\n## What happened\n\nThe cache emptied.\n\n## Follow-ups\n\n- [ ] Add jitter\n' });
    await vscode.window.showTextDocument(doc);
    const diagnostics = await waitForDiagnostics(doc.uri, (d) => ours(d).some((x) => ruleOf(x) === 'PM001'));
    const missing = ours(diagnostics).filter((d) => ruleOf(d) === 'PM001').map((d) => d.message);
    assert.ok(missing.some((m) => /Blast radius/i.test(m)), JSON.stringify(missing));
    assert.ok(!missing.some((m) => /What happened|Follow-ups/i.test(m)), JSON.stringify(missing));
  });

  it('reports a broken template file on the file, naming the field, and keeps linting', async () => {
    await write('.postmortem.json', JSON.stringify({ templates: [{ id: 'bad', title: 'Bad', sections: [{ required: true }] }] }));
    await api.customTemplates.reload();
    const problems = await waitForDiagnostics(config, (d) => d.length > 0);
    assert.match(problems[0]!.message, /sections\[0\]\.title/);
    await write('.postmortem.json', '{ "templates": [ ');
    await api.customTemplates.reload();
    const syntax = await waitForDiagnostics(config, (d) => d.some((x) => /JSON/.test(x.message)));
    assert.ok(syntax.length > 0);
  });
});
