// How people really write postmortems, one paraphrased fixture per pattern: the model must read each the way a
// reviewer does (sections present in substance, timeline entries and their phases, tasks, summary facts).
import * as assert from 'assert';
import { lint, modelReport, readModel, type ModelReport } from '../../src/core/index';

const ALX = { template: 'alx-0x19' } as const;
const report = (md: string): ModelReport => modelReport(readModel(md, ALX));
const sectionsOf = (md: string): string[] =>
  report(md)
    .sections.filter((s) => s.templateSection)
    .map((s) => `${s.templateSection}@${s.line}`);
const missing = (md: string): string[] =>
  lint(md, ALX)
    .findings.filter((f) => f.ruleId === 'PM001')
    .map((f) => /"(.+?)"/.exec(f.message)![1]!);
const entries = (md: string): Array<[number, string, string]> =>
  report(md).timeline.map((e) => [e.line, e.time ?? '-', e.phase]);

/** The rest of a complete assignment postmortem, for fixtures that test one part. */
const REST = `
## Root cause and resolution

A renamed config key made the workers fall back to one thread; restoring the key fixed it.

## Corrective and preventative measures

- [ ] Validate config keys at startup
- [ ] Alert on queue depth
`;

describe('reading: headings however they are written', () => {
  it('raw HTML headings', () => {
    const md = `<h2>Issue Summary</h2>\n\nFrom 09:00 to 09:40 UTC the queue stalled for all users.\n\n<h3>Timeline</h3>\n\n- 09:00 UTC - Queue alert fired.\n${REST}`;
    assert.deepStrictEqual(missing(md), []);
    assert.deepStrictEqual(sectionsOf(md).slice(0, 2), ['issue-summary@1', 'timeline@5']);
  });
  it('headings in a blockquote, bold with a subtitle, broken emphasis, emoji and jokes', () => {
    const md = [
      '# When the queue stood still',
      '',
      '>**Issue Summary**',
      '>',
      '> For forty minutes every job waited in line.',
      '',
      '**🕵️ Timeline (a.k.a. the forty longest minutes):**',
      '',
      '- 09:00 UTC - Queue alert fired.',
      '',
      '**Root Cause and Resolution** the key that changed its name',
      '',
      'A renamed config key made the workers fall back to one thread.',
      '',
      '*Corrective and Preventative Measures:***',
      '',
      '- [ ] Validate config keys at startup',
      '',
    ].join('\n');
    assert.deepStrictEqual(missing(md), []);
    assert.deepStrictEqual(sectionsOf(md), [
      'issue-summary@3',
      'timeline@7',
      'root-cause-and-resolution@11',
      'corrective-and-preventative-measures@15',
    ]);
  });
  it('plain lines glued to the paragraph above, or into the last list item, by CommonMark', () => {
    const md = [
      'Postmortem: queue stall',
      'Issue Summary',
      'From 09:00 to 09:40 UTC the queue stalled for all users because a config key was renamed.',
      'Timeline',
      '09:00 UTC - Queue alert fired.',
      '09:40 UTC - Key restored; the queue drained.',
      'Root cause and resolution',
      'The renamed key made the workers fall back to one thread; restoring it fixed the stall.',
      'Corrective and preventative measures',
      '- Validate config keys at startup',
      '- Alert on queue depth',
    ].join('\n');
    assert.deepStrictEqual(missing(md), []);
    assert.deepStrictEqual(entries(md), [
      [5, '09:00 UTC', 'detection'],
      [6, '09:40 UTC', 'resolution'],
    ]);
    const glued =
      '# Q\n\n## Issue Summary\n\nThe queue stalled.\n\n## Timeline\n\n- 09:00 UTC - Alert fired.\n- 09:40 UTC - Service restored.\nRoot cause and resolution\n\nA renamed key.\n\n## Corrective and preventative measures\n\n- [ ] Validate keys\n';
    assert.deepStrictEqual(missing(glued), [], 'a title glued into the last bullet is still a heading');
  });
  it('Label: lines that open a paragraph name the section', () => {
    const md =
      '# Q\n\nIssue Summary: from 09:00 to 09:40 UTC all jobs waited.\n\nTimeline: 09:00 UTC the alert fired; 09:40 UTC the key was restored.\n\nRoot Cause and Resolution: a renamed key; we restored it.\n\nCorrective and Preventative Measures:\n\n- [ ] Validate config keys\n';
    assert.deepStrictEqual(missing(md), []);
  });
  it('a summary with no heading: the opening paragraphs under the title', () => {
    const md = `# The day the queue stood still\n\nOn May 3 from 09:00 to 09:40 UTC every background job waited in line, and 100% of users saw stale dashboards.\n\n## Timeline\n\n- 09:00 UTC - Queue alert fired.\n${REST}`;
    assert.deepStrictEqual(missing(md), []);
    const r = report(md);
    assert.deepStrictEqual(
      r.sections.find((s) => s.by === 'opening'),
      { title: 'Issue Summary', line: 3, templateSection: 'issue-summary', by: 'opening' },
    );
    const pm022 = lint(md, ALX).findings.find((f) => f.ruleId === 'PM022');
    assert.match(pm022!.message, /read as "Issue Summary"/);
    assert.strictEqual(pm022!.fix?.title, 'Add the heading "Issue Summary"');
  });
  it('sections under other names, found by what they say, and the finding says what was matched', () => {
    const md = [
      '# Queue stall',
      '',
      '## Incident Overview',
      '',
      'On May 3 the job queue stalled for forty minutes for all users.',
      '',
      '## Debugging Process',
      '',
      '1. Checked the worker logs and saw one thread per worker.',
      '2. Compared the config with the last release.',
      '3. Found the renamed key and restored it; the queue drained.',
      '',
      '## Summation',
      '',
      'The stall was caused by a renamed config key; restoring the old name fixed it.',
      '',
      '## Prevention',
      '',
      '- Validate config keys at startup',
      '- Alert on queue depth',
      '',
    ].join('\n');
    assert.deepStrictEqual(missing(md), []);
    const by = report(md)
      .sections.filter((s) => s.templateSection)
      .map((s) => `${s.title}→${s.templateSection}/${s.by}`);
    assert.deepStrictEqual(by, [
      'Incident Overview→issue-summary/title',
      'Debugging Process→timeline/content',
      'Summation→root-cause-and-resolution/content',
      'Prevention→corrective-and-preventative-measures/title',
    ]);
    const notes = lint(md, ALX)
      .findings.filter((f) => f.ruleId === 'PM022')
      .map((f) => f.message);
    assert.ok(
      notes.some((m) => m.startsWith('"Debugging Process" is read as the "Timeline" section')),
      notes.join('\n'),
    );
    assert.deepStrictEqual(
      entries(md).map((e) => e[0]),
      [9, 10, 11],
      'each step is an entry',
    );
  });
});

describe('reading: text CommonMark hides or HTML holds', () => {
  it('prose indented four spaces is read as text (words, summary facts, tasks)', () => {
    const md = `# Q\n\n## Issue Summary\n\n    From 09:00 to 09:40 UTC the queue stalled for 100% of users because a config key was renamed.\n\n## Timeline\n\n    09:00 UTC - Queue alert fired.\n    09:40 UTC - Key restored; the queue drained.\n\n## Root cause and resolution\n\n    The renamed key made the workers fall back to one thread.\n\n## Corrective and preventative measures\n\n    Validate config keys at startup.\n    Alert on queue depth.\n`;
    const m = readModel(md, ALX);
    assert.ok(m.summary.start && m.summary.end && m.summary.percentUsers && m.summary.rootCause);
    assert.strictEqual(m.timeline!.entries.length, 2);
    assert.strictEqual(m.tasks.length, 2);
    assert.ok(m.words >= 50, String(m.words));
  });
  it('HTML lists and spans render and are read: words, entries, tasks', () => {
    const md = `# Q\n\n## Issue Summary\n\n<p>From 09:00 to 09:40 UTC <span style="color:red">all users</span> waited.</p>\n\n## Timeline\n\n<ul>\n<li><strong>09:00 AM UTC:</strong> Queue alert fired.</li>\n<li><strong>09:40 AM UTC:</strong> Key restored; service restored.</li>\n</ul>\n${REST}`;
    const r = report(md);
    assert.deepStrictEqual(
      r.timeline.map((e) => [e.line, e.time, e.phase]),
      [
        [10, '09:00 AM UTC', 'detection'],
        [11, '09:40 AM UTC', 'resolution'],
      ],
    );
    assert.ok(readModel(md, ALX).words > 30);
  });
});

describe('reading: timeline entries', () => {
  it('nested bullets belong to their entry', () => {
    const md = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n- 09:00 UTC - Queue alert fired.\n  - paged the on-call engineer\n  - dashboard showed 5,000 waiting jobs\n- 09:40 UTC - Key restored; service restored.\n${REST}`;
    assert.deepStrictEqual(entries(md), [
      [9, '09:00 UTC', 'detection'],
      [12, '09:40 UTC', 'resolution'],
    ]);
  });
  it('a time alone on its line followed by what happened is one entry', () => {
    const md = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n09:00 UTC\nQueue alert fired.\n\n09:40 UTC\nKey restored; service restored.\n${REST}`;
    assert.deepStrictEqual(entries(md), [
      [9, '09:00 UTC', 'detection'],
      [12, '09:40 UTC', 'resolution'],
    ]);
  });
  it('time headings with bullets under them, "At 11:00 AM:" lines, bullet characters with a tab', () => {
    const headings = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n#### 09:00 UTC\n\n- Queue alert fired.\n\n#### 09:40 UTC\n\n- Key restored; service restored.\n${REST}`;
    // As a time alone on its line: one entry at the heading's line, the bullets under it its text.
    assert.deepStrictEqual(entries(headings), [
      [9, '09:00 UTC', 'detection'],
      [13, '09:40 UTC', 'resolution'],
    ]);
    const at = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\nAt 09:00 AM UTC: the queue alert fired.\nAt 09:40 AM UTC: the key was restored and service restored.\n${REST}`;
    assert.deepStrictEqual(entries(at), [
      [9, '09:00 AM UTC', 'detection'],
      [10, '09:40 AM UTC', 'resolution'],
    ]);
    const tabs = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n•\t09:00 UTC - Queue alert fired.\n•\t09:40 UTC - Key restored; service restored.\n${REST}`;
    assert.deepStrictEqual(entries(tabs), [
      [9, '09:00 UTC', 'detection'],
      [10, '09:40 UTC', 'resolution'],
    ]);
  });
  it('a time heading times everything under it: its bullets are one entry, a time their sentence mentions is not the entry time', () => {
    const md =
      `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n### 09:00 UTC\n- Queue alert fired.\n\n### 09:20 UTC\n` +
      `- The worker had been redeployed at 08:30, so we roll it back.\n  - No change, the queue still grows.\n\n` +
      `### 09:40 UTC\n- Found the renamed key in the config.\n- Restored the key; service restored.\n\n### 10:05 UTC\n- 10:05 UTC - Postmortem call.\n${REST}`;
    const r = report(md);
    assert.deepStrictEqual(
      r.timeline.map((e) => [e.line, e.time, e.phase]),
      [
        [9, '09:00 UTC', 'detection'],
        [12, '09:20 UTC', 'misleading'],
        [16, '09:40 UTC', 'resolution'],
        [21, '10:05 UTC', 'other'],
      ],
    );
    assert.strictEqual(r.timeline[2]!.text, 'Found the renamed key in the config. Restored the key; service restored.');
    const f = lint(md, ALX).findings.filter((x) => /^PM01[23]$|^PM003$/.test(x.ruleId));
    assert.deepStrictEqual(
      f.map((x) => [x.ruleId, x.range.startLine, x.message]),
      [
        [
          'PM012',
          8,
          'Timeline times are headings over their entries (3 entries): write one "time - text" bullet per event',
        ],
      ],
    );
  });
  it('a run-on paragraph with several times is one entry per time', () => {
    const md = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n09:00 UTC: Queue alert fired. 09:10 UTC: Checked the worker logs. 09:40 UTC: Key restored; service restored.\n${REST}`;
    assert.deepStrictEqual(entries(md), [
      [9, '09:00 UTC', 'detection'],
      [9, '09:10 UTC', 'investigation'],
      [9, '09:40 UTC', 'resolution'],
    ]);
  });
  it('untimed entries are still entries: read, classified, and flagged for their missing time', () => {
    const md = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n- A customer reported that reports never arrived.\n- Checked the worker logs.\n- Restored the renamed key; service restored.\n${REST}`;
    assert.deepStrictEqual(entries(md), [
      [9, '-', 'detection'],
      [10, '-', 'investigation'],
      [11, '-', 'resolution'],
    ]);
    assert.deepStrictEqual(
      lint(md, ALX)
        .findings.filter((f) => f.ruleId === 'PM012')
        .map((f) => f.message.slice(0, 33)),
      ['Timeline has no timed entries: wr'],
    );
  });
});

describe('reading: the story of a timeline', () => {
  it('a suspicion that was wrong and a restart that changed nothing are misleading; "turned out" reports the finding', () => {
    const md = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n- 09:00 UTC - Queue alert fired.\n- 09:05 UTC - Initial suspicion fell on the payment gateway.\n- 09:10 UTC - Restarted the workers, but the issue persisted.\n- 09:20 UTC - Escalated to the platform team.\n- 09:30 UTC - The config diff revealed the renamed key.\n- 09:35 UTC - Restored the key name; jobs started to drain.\n- 09:40 UTC - Queue empty; service fully restored.\n${REST}`;
    assert.deepStrictEqual(
      entries(md).map((e) => e[2]),
      ['detection', 'misleading', 'misleading', 'escalation', 'investigation', 'mitigation', 'resolution'],
    );
  });
  it('the first page right after detection is not an escalation; "team" or "called" alone is not either', () => {
    const paged = `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n- 09:00 UTC - Queue alert fired.\n- 09:02 UTC - The on-call engineers were notified.\n- 09:10 UTC - The team checked the worker logs.\n- 09:40 UTC - Key restored; service restored.\n${REST}`;
    const pm015 = lint(paged, ALX)
      .findings.filter((f) => f.ruleId === 'PM015')
      .map((f) => f.message);
    assert.deepStrictEqual(pm015, ['Timeline does not say who the incident was escalated to']);
  });
});

describe('reading: corrective tasks', () => {
  const withMeasures = (body: string): string =>
    `# Q\n\n## Issue Summary\n\nStall.\n\n## Timeline\n\n- 09:00 UTC - Alert.\n\n## Root cause and resolution\n\nA renamed key.\n\n## Corrective and preventative measures\n\n${body}\n`;
  const ids = (md: string): string[] =>
    lint(md, ALX)
      .findings.filter((f) => f.ruleId === 'PM017' || f.ruleId === 'PM025')
      .map((f) => f.ruleId);
  it('lists under sub-headings of the section', () =>
    assert.deepStrictEqual(
      ids(withMeasures('**Improvements:**\n\n- Better alerts\n\n**TODO:**\n\n1. Validate keys')),
      [],
    ));
  it('one concrete action per line without list markup: tasks, with a checklist suggested', () => {
    assert.deepStrictEqual(ids(withMeasures('Validate config keys at startup.\nAlert on queue depth.')), ['PM025']);
    assert.strictEqual(
      readModel(withMeasures('Validate config keys at startup.\nAlert on queue depth.'), ALX).tasks.length,
      2,
    );
  });
  it('a table of tasks', () =>
    assert.deepStrictEqual(ids(withMeasures('| Task | Owner |\n| --- | --- |\n| Validate keys | @ana |')), []));
  it('one discursive paragraph is not a task list', () => {
    assert.deepStrictEqual(
      ids(
        withMeasures(
          'To prevent this kind of problem, we should review how config keys are renamed and make sure the team talks about it.',
        ),
      ),
      ['PM017'],
    );
  });
});

describe('reading: summary facts', () => {
  const facts = (summary: string) =>
    readModel(`# Q\n\n## Issue Summary\n\n${summary}\n\n## Timeline\n\n- 10:00 UTC - Alert.\n${REST}`, ALX).summary;
  it('"started at … and was resolved by … <long zone name>" is a start, an end and a zone', () => {
    const f = facts('The outage started at 11:45 AM and was resolved by 12:45 PM West African Time.');
    assert.deepStrictEqual(
      [f.start?.hour, f.end?.hour, f.zone?.raw, f.durationMinutes],
      [11, 12, 'West African Time', 60],
    );
  });
  it('a percentage is a share of users only when it measures users, customers, requests or traffic', () => {
    assert.strictEqual(facts('Checkout failed for 35% of our users.').percentUsers, '35% of our users');
    assert.strictEqual(facts('All external requests failed.').percentUsers, 'All external requests');
    assert.strictEqual(facts('We saw a 30% drop in performance.').percentUsers, undefined);
    assert.strictEqual(facts('100 percent of the web server was offline.').percentUsers, undefined);
  });
});

describe('reading: what is not a postmortem', () => {
  const ids = (md: string): string[] => lint(md, ALX).findings.map((f) => f.ruleId);
  it('an essay about writing the assignment: one finding, no cascade', () => {
    const md =
      '# My journey with the postmortem\n\n## The Incident\n\nWriting my first postmortem taught me to explain an outage clearly.\n\n## Lessons\n\nA good postmortem has a summary, a timeline and a list of tasks.\n';
    assert.deepStrictEqual(ids(md), ['PM024']);
  });
  it('an empty outline', () => {
    assert.deepStrictEqual(
      ids(
        '# Postmortem\n\n## Issue Summary\n\n## Timeline\n\n## Root cause and resolution\n\n## Corrective and preventative measures\n',
      ),
      ['PM024'],
    );
  });
  it('a required section present but empty gets its own finding', () => {
    const md = `# Q\n\n## Issue Summary\n\nFrom 09:00 to 09:40 UTC the queue stalled.\n\n## Timeline\n\n## Root cause and resolution\n\nA renamed key.\n\n## Corrective and preventative measures\n\n- [ ] Validate keys\n`;
    assert.ok(lint(md, ALX).findings.some((f) => f.ruleId === 'PM023' && /"Timeline" is empty/.test(f.message)));
  });
});
