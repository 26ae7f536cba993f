// The "check a postmortem" language-model tool in the real host: listed in vscode.lm.tools, answering vscode.lm.invokeTool (no model needed).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, openFixture, ours, withSetting, workspaceUri } from './helpers';

const TOOL = 'postmortem_check';

interface Report {
  source: string;
  template: { id: string };
  words: { count: number };
  counts: Record<string, number>;
  findings: Array<{ ruleId: string; message: string; line: number }>;
  metrics?: unknown;
}

/** Invokes the tool outside any chat request; returns its text part and its JSON part. */
async function invoke(input: object): Promise<{ text: string; report: Report }> {
  const result = await vscode.lm.invokeTool(TOOL, { input, toolInvocationToken: undefined });
  const parts = result.content.filter(
    (p): p is vscode.LanguageModelTextPart => p instanceof vscode.LanguageModelTextPart,
  );
  assert.strictEqual(parts.length, 2, `expected a text part and a JSON part, got ${JSON.stringify(result.content)}`);
  return { text: parts[0]!.value, report: JSON.parse(parts[1]!.value) as Report };
}

describe('language-model tool #postmortem', () => {
  before(async () => {
    await activateExtension();
  });

  it('is listed in vscode.lm.tools with its tags and input schema', () => {
    const tool = vscode.lm.tools.find((t) => t.name === TOOL);
    assert.ok(tool, `not in vscode.lm.tools: ${JSON.stringify(vscode.lm.tools.map((t) => t.name))}`);
    assert.ok(tool.tags.includes('postmortem'), JSON.stringify(tool.tags));
    assert.deepStrictEqual(Object.keys((tool.inputSchema as { properties: object }).properties), ['uri', 'text']);
    assert.match(tool.description, /postmortem/i);
  });

  it('returns the findings of a file, as text and JSON, the same the Problems panel shows', async () => {
    const editor = await openFixture('postmortem-missing-timeline.md');
    const diagnostics = ours(await diagnosticsOf(editor.document.uri, 'PM001'));
    const { text, report } = await invoke({ uri: 'postmortem-missing-timeline.md' });
    assert.match(
      text,
      /^Postmortem check of .*postmortem-missing-timeline\.md \(template: .*\[alx-0x19\], \d+ words, range 400–600\): \d+ errors/,
    );
    assert.match(text, /^- \d+:\d+ error PM001\/required-sections: Missing required section "Timeline"/m);
    assert.strictEqual(report.source, workspaceUri('postmortem-missing-timeline.md').toString());
    const all = ours(vscode.languages.getDiagnostics(editor.document.uri));
    assert.deepStrictEqual(
      report.findings.map((f) => `${f.line}:${f.message}`).sort(),
      all.map((d) => `${d.range.start.line + 1}:${d.message.replace(/^PM\d+\/[\w-]+: /, '')}`).sort(),
    );
    assert.ok(diagnostics.length > 0);
    // The incident metrics ride along: no timeline, so only the impact the summary states (14:05 to 14:50), and why.
    assert.deepStrictEqual((report.metrics as { minutes: Record<string, unknown> }).minutes, {
      ttd: null,
      tta: null,
      ttm: null,
      ttr: null,
      impact: 45,
    });
    assert.match(
      text,
      /\nMetrics \(from impact start\): TTD unknown, TTA unknown, TTM unknown, TTR unknown, impact 45 min \(unknown because no detection in the timeline; [^\n]*\)\.$/,
    );
  });

  it('checks Markdown text, and follows the postmortem.rules setting like the diagnostics', async () => {
    const text = '# Postmortem: login outage\n\n## Issue Summary\n\nTBD\n';
    const { report } = await invoke({ text });
    assert.strictEqual(report.source, 'text');
    assert.ok(
      report.findings.some((f) => f.ruleId === 'PM019'),
      JSON.stringify(report.findings),
    );
    await withSetting('postmortem', 'rules', { PM019: 'off', 'required-sections': 'off' }, async () => {
      const off = (await invoke({ text })).report;
      assert.ok(!off.findings.some((f) => f.ruleId === 'PM019' || f.ruleId === 'PM001'), JSON.stringify(off.findings));
    });
  });

  it('checks the active editor when given neither uri nor text, including unsaved edits', async () => {
    const editor = await openFixture('postmortem-missing-timeline.md');
    await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount, 0), '\nLorem ipsum\n'));
    const { report } = await invoke({});
    assert.ok(
      report.findings.some((f) => f.ruleId === 'PM019' && /Lorem ipsum/.test(f.message)),
      JSON.stringify(report.findings.map((f) => f.message)),
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
