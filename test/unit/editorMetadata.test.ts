// The manifest, the id constants, the code and the README agree: commands, settings, keybindings, menus.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Commands, ConfigSection, LanguageModelTools, Settings, ToolReferenceName } from '../../src/shared/ids';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    keybindings: Array<{ command: string; key: string; mac?: string; when?: string }>;
    configuration: {
      properties: Record<
        string,
        { markdownDescription?: string; scope?: string; enum?: string[]; enumDescriptions?: string[] }
      >;
    };
    menus: Record<string, Array<{ command: string }>>;
    walkthroughs: Array<{ steps: Array<{ media: { markdown?: string } }> }>;
    languageModelTools: Array<{
      name: string;
      toolReferenceName?: string;
      canBeReferencedInPrompt?: boolean;
      tags?: string[];
      modelDescription: string;
      userDescription?: string;
      displayName?: string;
      inputSchema: { properties: Record<string, { description?: string }> };
    }>;
  };
};

/** Every .ts file under a folder, concatenated. */
function sources(dir: string): string {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .map((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? read(p) : '';
    })
    .join('\n');
}

describe('editor metadata', () => {
  const extension = sources('src/extension');

  it('contributes exactly the command ids of ids.ts, each registered in the code', () => {
    const contributed = pkg.contributes.commands.map((c) => c.command).sort();
    assert.deepStrictEqual(contributed, Object.values(Commands).sort());
    for (const [key, id] of Object.entries(Commands)) {
      assert.ok(
        extension.includes(`registerCommand(Commands.${key}`) || extension.includes(`'${id}'`),
        `${id} is never registered`,
      );
    }
    for (const c of pkg.contributes.commands) assert.strictEqual(c.category, 'Postmortem', c.command);
  });

  it('contributes exactly the settings of ids.ts, each read by the code and documented in the README', () => {
    const contributed = Object.keys(pkg.contributes.configuration.properties).sort();
    assert.deepStrictEqual(
      contributed,
      Object.values(Settings)
        .map((s) => `${ConfigSection}.${s}`)
        .sort(),
    );
    const readme = read('README.md');
    const settingsSection = readme.slice(readme.indexOf('## Settings'));
    const config = read('src/extension/config.ts');
    for (const [key, name] of Object.entries(Settings)) {
      assert.ok(extension.includes(`Settings.${key}`), `postmortem.${name} is never read`);
      assert.ok(
        config.includes(`'${name}':`) || config.includes(`  ${name}:`),
        `postmortem.${name} is missing from SettingsMap`,
      );
      assert.ok(
        settingsSection.includes(`\`postmortem.${name}\``),
        `postmortem.${name} is not in the README's Settings table`,
      );
      const p = pkg.contributes.configuration.properties[`postmortem.${name}`]!;
      assert.ok(p.markdownDescription && p.scope, `postmortem.${name} needs markdownDescription and scope`);
      if (p.enum) assert.strictEqual(p.enumDescriptions?.length, p.enum.length, `postmortem.${name} enumDescriptions`);
    }
  });

  it('binds and lists only contributed commands; walkthrough media exist', () => {
    const ids = new Set(pkg.contributes.commands.map((c) => c.command));
    for (const k of pkg.contributes.keybindings) assert.ok(ids.has(k.command), k.command);
    for (const items of Object.values(pkg.contributes.menus))
      for (const m of items) assert.ok(ids.has(m.command), m.command);
    for (const step of pkg.contributes.walkthroughs[0]!.steps)
      assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown!)), step.media.markdown);
    assert.strictEqual(pkg.contributes.walkthroughs[0]!.steps.length, 4);
  });

  it('contributes the language-model tools of ids.ts, referenceable as #postmortem, each registered in the code', () => {
    const tools = pkg.contributes.languageModelTools;
    assert.deepStrictEqual(
      tools.map((t) => t.name),
      Object.values(LanguageModelTools),
    );
    const tool = tools[0]!;
    assert.deepStrictEqual([tool.toolReferenceName, tool.canBeReferencedInPrompt], [ToolReferenceName, true]);
    assert.ok(
      tool.tags?.includes('postmortem') &&
        tool.displayName &&
        tool.userDescription &&
        tool.modelDescription.length > 200,
    );
    assert.deepStrictEqual(Object.keys(tool.inputSchema.properties), ['uri', 'text']);
    for (const p of Object.values(tool.inputSchema.properties)) assert.ok(p.description);
    assert.ok(extension.includes('registerTool(LanguageModelTools.checkPostmortem'), 'the tool is never registered');
  });

  it("documents every command in the README's Commands table: id, title, every keybinding", () => {
    const readme = read('README.md');
    const section = readme.slice(
      readme.indexOf('## Commands'),
      readme.indexOf('\n## ', readme.indexOf('## Commands') + 1),
    );
    const rows = section.split('\n').filter((l) => l.startsWith('| `postmortem.'));
    assert.strictEqual(rows.length, pkg.contributes.commands.length, 'one row per contributed command');
    // "ctrl+k shift+n" → "Ctrl+K Shift+N", as VS Code shows keys.
    const pretty = (key: string): string =>
      key
        .split(' ')
        .map((part) =>
          part
            .split('+')
            .map((k) => (k.length === 1 ? k.toUpperCase() : k[0]!.toUpperCase() + k.slice(1)))
            .join('+'),
        )
        .join(' ');
    for (const c of pkg.contributes.commands) {
      const row = rows.find((r) => r.startsWith(`| \`${c.command}\` |`));
      assert.ok(row, `${c.command} has no row in the README's Commands table`);
      const cells = row.split(' | ').map((x) => x.trim());
      assert.strictEqual(cells[1], `${c.category}: ${c.title}`, `${c.command}: title`);
      const keys = pkg.contributes.keybindings.filter((k) => k.command === c.command);
      if (!keys.length) assert.strictEqual(cells[2], '—', `${c.command} has no keybinding`);
      for (const k of keys) {
        assert.ok(
          cells[2]!.includes(`\`${pretty(k.key)}\``),
          `${c.command}: ${pretty(k.key)} missing from "${cells[2]}"`,
        );
        if (k.mac)
          assert.ok(
            cells[2]!.includes(`\`${pretty(k.mac)}\``),
            `${c.command}: ${pretty(k.mac)} missing from "${cells[2]}"`,
          );
      }
      assert.ok((cells[3] ?? '').length > 20, `${c.command}: say what it does`);
    }
  });
});
