// The Follow-ups view's ids against package.json, and the new rules' doc examples doing what they say.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/index';
import { ContextKeys, Views } from '../../src/shared/ids';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  activationEvents: string[];
  contributes: {
    views: Record<string, Array<{ id: string; name: string; when?: string }>>;
    viewsWelcome: Array<{ view: string }>;
    menus: Record<string, Array<{ command: string; when?: string }>>;
    configuration: { properties: Record<string, { default?: unknown }> };
  };
};

describe('the Follow-ups view in the manifest', () => {
  it('contributes the view of ids.ts to the Explorer, shown once the workspace holds a postmortem', () => {
    const explorer = pkg.contributes.views['explorer'] ?? [];
    assert.deepStrictEqual(
      explorer.map((v) => v.id),
      Object.values(Views),
    );
    assert.strictEqual(explorer[0]!.name, 'Postmortem Follow-ups');
    assert.strictEqual(explorer[0]!.when, ContextKeys.followupsAvailable);
    assert.deepStrictEqual(
      pkg.contributes.viewsWelcome.map((w) => w.view),
      [Views.followups],
    );
  });
  it("its menus name only context keys of ids.ts and the view's own id", () => {
    const whens = Object.values(pkg.contributes.menus)
      .flat()
      .map((m) => m.when ?? '')
      .filter((w) => w.includes('followup'));
    assert.ok(whens.length >= 5);
    for (const w of whens) {
      for (const key of w.match(/postmortem\.followups?\.[\w.]+/g) ?? []) {
        assert.ok(
          (Object.values(ContextKeys) as string[]).includes(key) ||
            key === Views.followups ||
            key === 'postmortem.followup.tickable',
          `${key} in "${w}"`,
        );
      }
    }
  });
  it("activates on a workspace holding the default include globs' files (the view needs no open Markdown)", () => {
    const globs = pkg.contributes.configuration.properties['postmortem.include']!.default as string[];
    for (const g of globs) assert.ok(pkg.activationEvents.includes(`workspaceContains:${g}`), g);
  });
});

describe("the new rules' doc pages: the bad example is flagged, the good one is not", () => {
  const head =
    '# Postmortem: x\n\n## Issue Summary\n\nFrom 09:00 to 09:40 UTC on 2026-03-02 the queue stalled for all users.\n\n## Timeline\n\n- 09:00 UTC - Alert fired.\n\n';
  const report = (ex: string): string =>
    `# Incident Report: x\n\n## Incident Details\n\n- **Date/Time of Incident:** March 2, 2024, 09:00 - 09:40 UTC\n\n## Action Items and Remediations\n\n${ex}`;
  for (const id of ['PM018', 'PM027', 'PM028', 'PM029']) {
    it(id, () => {
      const page = read(`docs/rules/${id}.md`);
      for (const [kind, flagged] of [
        ['Bad', true],
        ['Good', false],
      ] as const) {
        const ex = new RegExp(`## ${kind}\\n\\n\`\`\`markdown\\n([\\s\\S]+?)\`\`\``).exec(page)![1]!;
        const found = lint(id === 'PM018' ? report(ex) : head + ex, { today: '2026-11-30' }).findings.filter(
          (f) => f.ruleId === id,
        );
        assert.strictEqual(found.length > 0, flagged, `${kind}: ${found.map((f) => f.message).join(' | ')}`);
      }
    });
  }
});
