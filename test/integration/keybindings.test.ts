// Keybindings: each contributed key is free in VS Code's own defaults (a desktop may still take Ctrl+Alt+T, hence the Ctrl+K chord).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, packageJson } from './helpers';

interface Binding {
  key: string;
  command: string;
  mac?: string;
}

/** VS Code's default keybindings (the "Open Default Keyboard Shortcuts (JSON)" document). */
async function defaultKeybindings(): Promise<Binding[]> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
  // The document is JSON with comments: drop // lines before parsing.
  return JSON.parse(doc.getText().replace(/^\s*\/\/.*$/gm, '')) as Binding[];
}

describe('keybindings', () => {
  before(activateExtension);

  it('binds every timeline command to Ctrl+Alt+… and to a Ctrl+K chord that nothing in VS Code takes', async () => {
    const ours = (packageJson().contributes as { keybindings: Binding[] }).keybindings;
    assert.deepStrictEqual(ours.map((k) => `${k.command} ${k.key}`).sort(), [
      'postmortem.insertTimelineEntry ctrl+alt+t',
      'postmortem.insertTimelineEntry ctrl+k n',
      'postmortem.insertTimelineEntryAt ctrl+alt+shift+t',
      'postmortem.insertTimelineEntryAt ctrl+k shift+n',
    ]);
    const defaults = await defaultKeybindings();
    assert.ok(defaults.length > 500, `only ${defaults.length} default keybindings read`);
    assert.ok(
      defaults.some((k) => k.key === 'ctrl+k ctrl+t'),
      'the defaults hold chords (ctrl+k ctrl+t: color theme)',
    );
    for (const k of ours) {
      const taken = defaults.filter(
        (d) => d.key === k.key && !d.command.startsWith('postmortem.') && !d.command.startsWith('-'),
      );
      assert.deepStrictEqual(
        taken.map((d) => d.command),
        [],
        `${k.key} is already bound in VS Code`,
      );
    }
  });
});
