// Action items that will get done: owners (person, @handle, team), deadlines (dates, relative phrases), types,
// tables read by their headers, done states; PM018, PM028 (vague actions) and PM029 (overdue) with an injected
// today; the follow-ups list and the check-off edit; `postmortem-lint --report followups`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import {
  checkboxEdit,
  followUps,
  lint,
  readModel,
  type Finding,
  type LintOptions,
  type Task,
} from '../../src/core/index';
import { dueDate, ownerKind } from '../../src/core/model/tasks';

/** An assignment postmortem with these corrective-measure lines. */
const alx = (measures: string): string =>
  `# Postmortem: queue stall\n\n## Issue Summary\n\nFrom 09:00 to 09:40 UTC on 2026-03-02 the job queue stalled for all users because a config key was renamed.\n\n## Timeline\n\n- 09:00 UTC - Queue alert fired.\n- 09:40 UTC - Key restored; the queue drained.\n\n## Root cause and resolution\n\nA renamed config key made the workers fall back to one thread.\n\n## Corrective and preventative measures\n\n${measures}\n`;

/** An incident report with these action items. */
const report = (actions: string): string =>
  `# Incident Report: queue stall\n\n## Incident Details\n\n- **Date/Time of Incident:** March 2, 2026, 09:00 - 09:40 UTC\n\n## Summary of the Incident\n\nThe queue stalled because a config key was renamed; 4,000 jobs waited.\n\n## Timeline\n\n- **09:00 UTC** - Alert fired.\n- **09:40 UTC** - Key restored.\n\n## Impact Analysis\n\nAll jobs waited.\n\n## Root Cause Analysis\n\nA renamed key.\n\n## Action Items and Remediations\n\n${actions}\n\n## Lessons Learned\n\nValidate config.\n`;

const tasks = (text: string): Task[] => [...readModel(text).tasks];
const of = (text: string, rule: string, options: LintOptions = {}): Finding[] =>
  lint(text, options).findings.filter((f) => f.ruleId === rule);
const said = (fs_: Finding[]): string[] => fs_.map((f) => `${f.severity}: ${f.message}`);

describe('action items: what the task reader takes from each item', () => {
  it('owner kinds: a person, a username, a role, an @handle, a team; "TBD" is no owner', () => {
    assert.deepStrictEqual(
      [
        'Jane Doe',
        'jennifer',
        'Customer Service Manager',
        'Security Lead',
        '@ana',
        'Ana (@ana)',
        'Database Engineering Team',
        'SRE',
        'IT Operations',
        'Ops team',
      ].map(ownerKind),
      ['person', 'person', 'person', 'person', 'handle', 'handle', 'team', 'team', 'team', 'team'],
    );
    assert.deepStrictEqual(
      tasks(alx('- [ ] Add an alert (owner: TBD, due: n/a)')).map((t) => [t.owner, t.deadline]),
      [[undefined, undefined]],
    );
  });
  it('deadlines: dates (with or without a year, quarters, month ends) and relative phrases', () => {
    const incident = { year: 2026, month: 3, day: 2 };
    assert.deepStrictEqual(dueDate('2026-12-15', incident), { year: 2026, month: 12, day: 15 });
    assert.deepStrictEqual(dueDate('15 Dec', incident), { year: 2026, month: 12, day: 15 });
    assert.deepStrictEqual(
      dueDate('Feb 10', incident),
      { year: 2027, month: 2, day: 10 },
      'before the incident: the next year',
    );
    assert.deepStrictEqual(dueDate('Q3 2026'), { year: 2026, month: 9, day: 30 });
    assert.deepStrictEqual(dueDate('end of February 2028'), { year: 2028, month: 2, day: 29 });
    assert.strictEqual(dueDate('next week'), undefined);
    const read = tasks(
      alx(
        [
          '- [ ] A (owner: @a, due: next week)',
          '- [ ] B (owner: @b) ASAP',
          '- [ ] C by the end of the sprint',
          '- [ ] D (due: 15 Dec)',
          '- [ ] E (deadline: soon)',
        ].join('\n'),
      ),
    );
    assert.deepStrictEqual(
      read.map((t) => [t.deadline, t.dueRelative ?? false, t.due ?? null]),
      [
        ['next week', true, null],
        ['ASAP', true, null],
        ['the end of the sprint', true, null],
        ['15 Dec', false, { year: 2026, month: 12, day: 15 }],
        ['soon', true, null],
      ],
    );
  });
  it('types, and done states from checkboxes and Status lines', () => {
    const read = tasks(
      alx(
        [
          '- [ ] Add an alert (type: detect)',
          '- [x] Patch the parser [prevent]',
          '- Move the cron job',
          '  - Status: Done',
        ].join('\n'),
      ),
    );
    assert.deepStrictEqual(
      read.map((t) => [t.type ?? null, t.checked ?? null, t.markup]),
      [
        ['detect', false, 'checkbox'],
        ['prevent', true, 'checkbox'],
        [null, true, 'list'],
      ],
    );
  });
  it('tables by their headers: Responsible / Deadline / Status / Type, in any order', () => {
    const table = [
      '| Status | Deadline | Action | Responsible | Type |',
      '| --- | --- | --- | --- | --- |',
      '| ☐ Open | 2026-04-01 | Validate config keys at startup | Ana Silva | prevent |',
      '| ✅ Done | 2026-03-10 | Alert on queue depth | DBA Team | detect |',
      '| In progress | next sprint | Document the key rename | @kim | process |',
    ].join('\n');
    const read = tasks(alx(table));
    assert.deepStrictEqual(
      read.map((t) => [t.text, t.owner, t.ownerKind, t.deadline, t.dueRelative ?? false, t.checked, t.type]),
      [
        ['Validate config keys at startup', 'Ana Silva', 'person', '2026-04-01', false, false, 'prevent'],
        ['Alert on queue depth', 'DBA Team', 'team', '2026-03-10', false, true, 'detect'],
        ['Document the key rename', '@kim', 'handle', 'next sprint', true, false, 'process'],
      ],
    );
  });
  it('the SRE book\'s table: the done state in the Bug column ("n/a **DONE**")', () => {
    const table = [
      '| Action Item | Type | Owner | Bug |',
      '| --- | --- | --- | --- |',
      '| Update the playbook | mitigate | jennifer | n/a **DONE** |',
      '| Add load shedding | prevent | agoogler | Bug 5554826 **TODO** |',
    ].join('\n');
    assert.deepStrictEqual(
      tasks(alx(table)).map((t) => [t.owner, t.type, t.checked]),
      [
        ['jennifer', 'mitigate', true],
        ['agoogler', 'prevent', false],
      ],
    );
  });
  it("the seed's incident-report items: owner and deadline on nested lines", () => {
    const items =
      '1. **Review Process**\n   - **Action:** Implement a peer review of migrations.\n   - **Responsible:** Database Engineering Team\n   - **Deadline:** May 1, 2026';
    assert.deepStrictEqual(
      tasks(report(items)).map((t) => [t.text, t.owner, t.ownerKind, t.deadline, t.endLine - t.line]),
      [['Review Process', 'Database Engineering Team', 'team', 'May 1, 2026', 4]],
    );
  });
});

describe('PM018 action-item-owner: owner, a date, a type', () => {
  it('a missing owner or deadline is a warning; a relative deadline too; a team alone is information', () => {
    const items = [
      '- [ ] Validate keys (owner: @ana, due: 2026-04-01)',
      '- [ ] Alert on depth (owner: SRE team, due: 2026-04-01)',
      '- [ ] Document the rename (owner: @kim, due: next week)',
      '- [ ] Add a canary stage',
    ].join('\n');
    assert.deepStrictEqual(said(of(report(items), 'PM018')), [
      'information: Action item\'s owner "SRE team" is a team: name the person (or @handle) who drives it: Alert on depth (owner: SRE team, due: 2026-04-01)',
      'warning: Action item\'s deadline "next week" is not a date: give the day it is due (e.g. 2026-12-15 or 15 Dec): Document the rename (owner: @kim, due: next week)',
      'warning: Action item has no owner and no deadline: Add a canary stage',
    ]);
  });
  it("the owner and deadline lines are where the findings point, in the seed's nested format", () => {
    const items =
      '1. **Review Process**\n   - **Action:** Implement a peer review.\n   - **Responsible:** Platform Team\n   - **Deadline:** ASAP';
    const text = report(items);
    const lines = text.split('\n');
    assert.deepStrictEqual(
      of(text, 'PM018').map((f) => lines[f.range.startLine]!.trim()),
      ['- **Responsible:** Platform Team', '- **Deadline:** ASAP'],
    );
  });
  it('done items are not asked for a date or a person', () => {
    assert.deepStrictEqual(of(report('- [x] Alert on depth (owner: SRE team, due: next week)'), 'PM018'), []);
  });
  it('a type where the template asks for one (the SRE book), as information; a tracker link is not asked', () => {
    const sre = (rows: string): string =>
      `# Shakespeare search outage\n\n## Summary\n\nSearch was down for 66 minutes.\n\n## Impact\n\nQueries lost.\n\n## Root Causes\n\nA leak.\n\n## Trigger\n\nA surge.\n\n## Resolution\n\nMore capacity.\n\n## Detection\n\nBorgmon.\n\n## Action Items\n\n${rows}\n\n## Lessons Learned\n\nLoad test.\n\n## Timeline\n\n2015-10-21 (all times UTC)\n\n- 14:51 - News reports.\n`;
    const r = lint(
      sre(
        '| Action Item | Type | Owner |\n| --- | --- | --- |\n| Update the playbook | mitigate | jennifer |\n| Add load shedding | | agoogler |\n\n- https://tracker.example/issues?q=postmortem',
      ),
    );
    assert.strictEqual(r.template.id, 'google-sre');
    assert.deepStrictEqual(said(r.findings.filter((f) => f.ruleId === 'PM018')), [
      'information: Action item has no type (mitigate, prevent, detect or process): Add load shedding',
    ]);
  });
});

describe('PM028 action-item-wording: vague intentions', () => {
  const vague = (measures: string): string[] =>
    of(alx(measures), 'PM028').map((f) => f.message.slice(0, f.message.indexOf(':')));
  it('flags "improve", "ensure", "look into", "be more careful", "monitor better"', () => {
    assert.deepStrictEqual(
      vague(
        [
          '- [ ] Improve monitoring',
          '- [ ] Ensure backups run',
          '- [ ] Look into the cache',
          '- [ ] Be more careful when deploying',
          '- [ ] Monitor better',
          '- [ ] We will enhance the alerting',
        ].join('\n'),
      ),
      [
        'Vague action "Improve"',
        'Vague action "Ensure"',
        'Vague action "Look into"',
        'Vague action "Be more careful"',
        'Vague action "Monitor better"',
        'Vague action "enhance"',
      ],
    );
  });
  it('a concrete change is fine, and a vague opening that goes on to say how', () => {
    assert.deepStrictEqual(
      vague(
        [
          '- [ ] Alert when disk use passes 90 %',
          '- [ ] Improve monitoring by adding a queue-depth alert',
          '- [ ] Ensure backups run with a daily cron job',
          '- [ ] Ensure config changes pass a CI check',
          '- [ ] Improve p99 latency to under 200 ms',
          '- [x] Improve monitoring',
        ].join('\n'),
      ),
      [],
    );
  });
  it('the owner and deadline after an action are not detail', () => {
    assert.deepStrictEqual(
      vague(
        '- [ ] Improve monitoring (owner: @ana, due: 2026-04-01)\n- [ ] Ensure backups — owner: @bo, due: 2026-05-01',
      ),
      ['Vague action "Improve"', 'Vague action "Ensure"'],
    );
  });
  it('reads a "Label: action" line by its action, and the seed\'s "Action:" line', () => {
    assert.deepStrictEqual(
      vague('- Monitoring: Improve the dashboards\n- Improve monitoring: Add an alert on queue depth'),
      ['Vague action "Improve"'],
    );
    const text = report(
      '1. **Monitoring**\n   - **Action:** Improve the dashboards.\n   - **Responsible:** @kim\n   - **Deadline:** 2026-05-01',
    );
    const f = of(text, 'PM028');
    assert.deepStrictEqual(
      f.map((x) => text.split('\n')[x.range.startLine]!.slice(x.range.startColumn, x.range.endColumn)),
      ['Improve'],
    );
  });
  it('a title over its own steps is read by the steps', () => {
    assert.deepStrictEqual(
      vague(
        '- **Improve monitoring**\n  - Add an alert on queue depth over 1,000\n  - Page the on-call after 5 minutes',
      ),
      [],
    );
  });
  it('works in tables', () => {
    assert.deepStrictEqual(
      vague('| Action | Owner |\n| --- | --- |\n| Improve monitoring | @ana |\n| Add a canary stage | @bo |'),
      ['Vague action "Improve"'],
    );
  });
});

describe("PM029 action-item-overdue: with today's date injected", () => {
  const items = [
    '- [ ] Validate keys (owner: @ana, due: 2026-04-01)',
    '- [x] Alert on depth (owner: @bo, due: 2026-03-10)',
    '- [ ] Document the rename (owner: @kim, due: 15 Apr)',
    '- [ ] Add a canary (owner: @kim, due: next week)',
  ].join('\n');
  it("an open item past its date, with the days late, on the date's words", () => {
    const text = alx(items);
    const f = of(text, 'PM029', { today: '2026-04-20' });
    assert.deepStrictEqual(said(f), [
      'information: Overdue by 19 days (due 2026-04-01): Validate keys (owner: @ana, due: 2026-04-01)',
      'information: Overdue by 5 days (due 2026-04-15): Document the rename (owner: @kim, due: 15 Apr)',
    ]);
    assert.strictEqual(
      text.split('\n')[f[0]!.range.startLine]!.slice(f[0]!.range.startColumn, f[0]!.range.endColumn),
      '2026-04-01',
    );
  });
  it('nothing on its due day, nothing without today, nothing for a bad today', () => {
    assert.deepStrictEqual(of(alx(items), 'PM029', { today: '2026-04-01' }), []);
    assert.deepStrictEqual(of(alx(items), 'PM029'), []);
    assert.deepStrictEqual(of(alx(items), 'PM029', { today: '2026-02-30' }), []);
  });
  it('a date without a year and no incident date is never overdue', () => {
    const text = alx('- [ ] Document the rename (owner: @kim, due: 15 Apr)').replace(' on 2026-03-02', '');
    assert.deepStrictEqual(of(text, 'PM029', { today: '2030-01-01' }), []);
  });
  it('works in tables: an open row past its Deadline', () => {
    const table =
      '| Action | Responsible | Deadline | Status |\n| --- | --- | --- | --- |\n| Validate keys | Ana | 2026-04-01 | Open |\n| Alert on depth | Bo | 2026-03-10 | Done |';
    assert.deepStrictEqual(
      of(report(table), 'PM029', { today: '2026-05-01' }).map((f) => f.message),
      ['Overdue by 30 days (due 2026-04-01): Validate keys'],
    );
  });
});

describe('follow-ups: the open items and the check-off edit', () => {
  it('lists open items with owner, due date and overdue; done items and non-postmortems have none', () => {
    const model = readModel(
      alx(
        [
          '- [ ] Validate keys (owner: @ana, due: 2026-04-01)',
          '- [x] Alert on depth (owner: @bo, due: 2026-03-10)',
          '- [ ] Add a canary',
        ].join('\n'),
      ),
    );
    assert.deepStrictEqual(
      followUps(model, '2026-04-03').map((f) => [
        f.line,
        f.text,
        f.owner ?? null,
        f.due ?? null,
        f.overdue,
        f.daysOverdue ?? null,
        f.boxColumn ?? null,
      ]),
      [
        [17, 'Validate keys', '@ana', '2026-04-01', true, 2, 2],
        [19, 'Add a canary', null, null, false, null, 2],
      ],
    );
    assert.deepStrictEqual(
      followUps(
        readModel(
          '# Postmortems in general\n\nA postmortem is a review. Postmortems help teams.\n\n## Why\n\n- [ ] Read about postmortems\n',
        ),
      ),
      [],
    );
  });
  it('ticks one box on one line, and only an open one', () => {
    assert.deepStrictEqual(checkboxEdit('- [ ] Add a canary', 7, true), {
      range: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 4 },
      newText: 'x',
    });
    assert.deepStrictEqual(checkboxEdit('  12. [ ] Add a canary', 0, true)?.range.startColumn, 7);
    assert.strictEqual(checkboxEdit('- [x] Add a canary', 7, true), undefined);
    assert.strictEqual(checkboxEdit('Add a canary [ ]', 7, true), undefined);
  });
});

describe('postmortem-lint --report followups', () => {
  const run = (args: string[], cwd: string): { code: number; out: string; err: string } => {
    let out = '',
      err = '';
    const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, today: '2026-04-20' };
    return { code: main(args, io), out, err };
  };
  const dir = (): string => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-followups-'));
    fs.mkdirSync(path.join(d, 'postmortems'));
    fs.writeFileSync(
      path.join(d, 'postmortems', 'queue.md'),
      alx(
        [
          '- [ ] Validate keys (owner: @ana, due: 2026-04-01)',
          '- [x] Alert on depth (owner: @bo, due: 2026-03-10)',
          '- [ ] Add a canary stage to the deploy',
        ].join('\n'),
      ),
    );
    fs.writeFileSync(path.join(d, 'postmortems', 'notes.md'), '# Notes\n\nNothing happened.\n');
    return d;
  };
  it('prints a table of the open items of every postmortem in a directory', () => {
    const r = run(['--report', 'followups', 'postmortems'], dir());
    assert.strictEqual(r.code, 0);
    assert.strictEqual(
      r.out,
      [
        'WHERE                    DUE                     OWNER  ACTION',
        `${path.join('postmortems', 'queue.md')}:18  2026-04-01 overdue 19d  @ana   Validate keys`,
        `${path.join('postmortems', 'queue.md')}:20  —                       —      Add a canary stage to the deploy`,
        '',
        '2 open action items in 1 postmortem, 1 overdue',
        '',
      ].join('\n'),
    );
  });
  it('--format json: one object per item with file, line, text, owner, due, overdue', () => {
    const r = run(['--report', 'followups', '--format', 'json', 'postmortems'], dir());
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(JSON.parse(r.out), [
      {
        file: path.join('postmortems', 'queue.md'),
        line: 18,
        text: 'Validate keys',
        owner: '@ana',
        due: '2026-04-01',
        overdue: true,
      },
      {
        file: path.join('postmortems', 'queue.md'),
        line: 20,
        text: 'Add a canary stage to the deploy',
        owner: null,
        due: null,
        overdue: false,
      },
    ]);
  });
  it('says so when there is nothing open; sarif is a usage error; --report takes json, summary or followups', () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'postmortems', 'queue.md'), alx('- [x] Validate keys'));
    assert.deepStrictEqual(run(['--report', 'followups', 'postmortems'], d), {
      code: 0,
      out: 'No open action items.\n',
      err: '',
    });
    assert.strictEqual(run(['--report', 'followups', '--format', 'sarif', 'postmortems'], d).code, 2);
    assert.match(
      run(['--report', 'summary-of-everything', 'postmortems'], d).err,
      /Unknown --report "summary-of-everything": use json, summary or followups/,
    );
  });
});
