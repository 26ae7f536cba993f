// Templates: heading matching, template choice, custom templates, section insertion.
import * as assert from 'assert';
import { applyEdits } from './helpers/applyEdits';
import {
  builtinTemplates,
  getTemplate,
  headingKey,
  lint,
  lintWith,
  modelReport,
  readModel,
  sectionInsertEdit,
  similarity,
  type LintOptions,
  validateCustomTemplates,
  allRules,
  type Rule,
} from '../../src/core/index';

describe('heading similarity', () => {
  const table: Array<[string, string, boolean]> = [
    ['Issue Sumary', 'issue summary', true],
    ['🚨 Issue Summary 🚨', 'issue summary', true],
    ['Timeline:', 'timeline', true],
    ['Timeline (all times in PST/PDT)', 'timeline', true],
    ['1. Root Cause & Resolution', 'root cause and resolution', true],
    ['Corrective/Preventative measures', 'corrective and preventative measures', true],
    ['Lessons Learned', 'timeline', false],
    ['Conclusion', 'summary', false],
  ];
  for (const [heading, alias, ok] of table) {
    it(`${ok ? 'matches' : 'does not match'} "${heading}" ~ "${alias}"`, () =>
      assert.strictEqual(similarity(headingKey(heading), alias) >= 0.7, ok));
  }
});

describe('template choice', () => {
  const alx =
    '# X\n\n## Issue Summary\n\ntext\n\n## Timeline\n\n- 10:00 UTC - a\n\n## Root cause and resolution\n\nb\n\n## Corrective and preventative measures\n\n- [ ] c\n';
  const sre =
    '# X\n\n## Summary\n\n## Impact\n\n## Root Causes\n\n## Trigger\n\n## Resolution\n\n## Detection\n\n## Action Items\n\n## Lessons Learned\n\n## Timeline\n';
  const table: Array<[string, string, LintOptions, string, string]> = [
    [
      'option wins over everything',
      `---\ntemplate: google-sre\n---\n${alx}`,
      { template: 'atlassian' },
      'atlassian',
      'option',
    ],
    ['front matter hint', `---\ntemplate: google-sre\n---\n${alx}`, {}, 'google-sre', 'hint'],
    ['comment hint', `<!-- postmortem: gitlab-rca -->\n${alx}`, {}, 'gitlab-rca', 'hint'],
    ['best match: assignment', alx, {}, 'alx-0x19', 'match'],
    ['best match: SRE book', sre, {}, 'google-sre', 'match'],
    [
      'nothing matches: default',
      '# Notes\n\nSome text.\n',
      { defaultTemplate: 'incident-report' },
      'incident-report',
      'default',
    ],
    ['unknown hint falls through', `<!-- postmortem: nope -->\n${alx}`, {}, 'alx-0x19', 'match'],
  ];
  for (const [name, text, opts, id, source] of table) {
    it(name, () => {
      const m = readModel(text, opts);
      assert.deepStrictEqual([m.template.id, m.templateSource], [id, source]);
    });
  }
  it('ships one file per template with unique ids', () => {
    assert.deepStrictEqual(
      builtinTemplates.map((t) => t.id),
      ['alx-0x19', 'incident-report', 'google-sre', 'atlassian', 'gitlab-rca'],
    );
    assert.strictEqual(getTemplate('ALX-0x19')?.id, 'alx-0x19');
  });
});

describe('custom templates', () => {
  it('accepts a valid file and fills defaults', () => {
    const r = validateCustomTemplates({
      defaultTemplate: 'team',
      templates: [
        {
          id: 'team',
          title: 'Team',
          sections: [
            { title: 'What happened', aliases: ['story'] },
            { title: 'Next steps', content: ['task-list'], required: false },
          ],
        },
      ],
    });
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.defaultTemplate, 'team');
    assert.deepStrictEqual(
      r.templates[0]!.sections.map((s) => [s.id, s.required]),
      [
        ['what-happened', true],
        ['next-steps', false],
      ],
    );
  });
  const bad: Array<[unknown, RegExp]> = [
    [{ templates: 'x' }, /^templates: expected an array/],
    [{ templates: [{ title: 'T', sections: [{ title: 'A' }] }] }, /^templates\[0\]\.id: expected a non-empty string/],
    [{ templates: [{ id: 't', sections: [] }] }, /^templates\[0\]\.sections: expected a non-empty array/],
    [
      { templates: [{ id: 't', sections: [{ aliases: [] }] }] },
      /^templates\[0\]\.sections\[0\]\.title: expected a non-empty string/,
    ],
    [
      { templates: [{ id: 't', sections: [{ title: 'A', content: ['colour'] }] }] },
      /^templates\[0\]\.sections\[0\]\.content\[0\]: unknown check "colour"/,
    ],
    [
      { templates: [{ id: 't', sections: [{ title: 'A' }], wordRange: { min: 9, max: 1 } }] },
      /^templates\[0\]\.wordRange: expected/,
    ],
    [
      { templates: [{ id: 't', sections: [{ title: 'A', aliases: 'a' }] }] },
      /^templates\[0\]\.sections\[0\]\.aliases: expected an array/,
    ],
  ];
  for (const [json, re] of bad)
    it(`reports ${re.source}`, () => {
      const r = validateCustomTemplates(json);
      assert.ok(
        r.errors.some((e) => re.test(e)),
        r.errors.join('; '),
      );
      assert.strictEqual(r.templates.length, 0);
    });
  it('lints with a custom template and its plain-text headings', () => {
    const { templates } = validateCustomTemplates([
      { id: 'team', title: 'Team', sections: [{ title: 'What happened' }, { title: 'Next steps' }] },
    ]);
    const r = lint('# X\n\nWhat happened:\nthe db died\n', { customTemplates: templates, template: 'team' });
    assert.deepStrictEqual(
      r.findings.map((f) => f.message),
      ['Missing required section "Next steps" (Team)'],
    );
  });
});

describe('section insertion (PM001 fix)', () => {
  const doc =
    '# Outage\n\n## Issue Summary\n\nFrom 14:00 to 15:30 UTC.\n\n## Root cause and resolution\n\nA bug.\n\n## Corrective and preventative measures\n\n- [ ] fix\n';
  it('inserts Timeline before Root cause, and the result no longer misses it', () => {
    const r = lint(doc);
    const f = r.findings.find((x) => x.ruleId === 'PM001')!;
    const fixed = applyEdits(doc, f.fix!.edits);
    assert.match(
      fixed,
      /UTC\.\n\n## Timeline\n\n- HH:MM UTC - when and how the issue was detected\n[^#]*\n\n## Root cause and resolution/,
    );
    assert.ok(!lint(fixed).findings.some((x) => x.ruleId === 'PM001'));
  });
  it('appends at the end when the missing section is last, and follows bold style', () => {
    const text = '**Issue Summary**\n\ntext\n\n**Timeline**\n\n- 10:00 UTC - x\n\n**Root cause and resolution**\n\ny';
    const e = sectionInsertEdit(readModel(text), getTemplate('alx-0x19')!, 'corrective-and-preventative-measures')!;
    const out = applyEdits(text, [e]);
    assert.match(out, /\ny\n\n\*\*Corrective and preventative measures\*\*\n\n/);
  });
  it('reads a CRLF text with the same lines and places the section at the same line', () => {
    const lf = sectionInsertEdit(readModel(doc), getTemplate('alx-0x19')!, 'timeline')!;
    const crlf = sectionInsertEdit(readModel(doc.replace(/\n/g, '\r\n')), getTemplate('alx-0x19')!, 'timeline')!;
    assert.deepStrictEqual(
      crlf,
      lf,
      "edits are written with LF; the editor and the CLI write them in the file's own endings",
    );
  });
});

describe('rule runner', () => {
  it('isolates a rule that throws and still runs the others', () => {
    const boom: Rule = {
      id: 'PM999',
      name: 'boom',
      description: 'throws',
      tags: [],
      severity: 'error',
      check() {
        throw new Error('kaput');
      },
    };
    const r = lintWith([boom, ...allRules], '# X\n\n<<<<<<< HEAD\n');
    assert.deepStrictEqual(r.ruleErrors, [{ ruleId: 'PM999', message: 'kaput' }]);
    assert.ok(r.findings.some((f) => f.ruleId === 'PM020'));
  });
  it('applies severity overrides by id or name, and "off"', () => {
    const text = '# X\n\n<<<<<<< HEAD\n';
    assert.ok(!lint(text, { rules: { PM020: 'off' } }).findings.some((f) => f.ruleId === 'PM020'));
    assert.ok(
      lint(text, { rules: { 'merge-conflict': 'hint' } })
        .findings.filter((f) => f.ruleId === 'PM020')
        .every((f) => f.severity === 'hint'),
    );
  });
  it('reports the model as plain JSON without tokens or lines', () => {
    const r = lint('# X\n\n## Timeline\n\n- 10:00 UTC - a\n');
    const json = JSON.parse(JSON.stringify(modelReport(r.model))) as Record<string, unknown>;
    assert.ok(!('tokens' in json) && !('lines' in json) && !('parsed' in json));
    assert.strictEqual((json.timeline as unknown[]).length, 1);
  });
  it('freezes the model: no stage patches it after it is built', () => {
    const r = lint('# X\n\n## Timeline\n\n- 10:00 UTC - a\n');
    assert.ok(
      Object.isFrozen(r.model) && Object.isFrozen(r.model.timeline) && Object.isFrozen(r.model.timeline!.entries[0]),
    );
    assert.throws(() => {
      (r.model.sections as unknown as unknown[]).push(1);
    });
  });
});
