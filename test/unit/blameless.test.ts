// PM027 blameless language: each phrase family, the guards that keep it precise (quotes, code, timeline facts,
// specifications, passive voice, systems as subjects), the rewrites, the phrase list as data, severity per template.
import * as assert from 'assert';
import { DEFAULT_PHRASES, isFixAllSafe, lint, loadConfig, type Finding, type LintOptions } from '../../src/core/index';
import { compilePhrases } from '../../src/core/blameless/read';
import { gerund } from '../../src/core/blameless/words';
import { applyEdits } from '../../src/core/edits/text';

/** An assignment postmortem with `root` as its root-cause paragraph (and `timeline` entries when given). */
function doc(
  root: string,
  timeline = '- 09:00 UTC - Queue alert fired.\n- 09:40 UTC - Key restored; the queue drained.',
): string {
  return `# Postmortem: queue stall\n\n## Issue Summary\n\nFrom 09:00 to 09:40 UTC on 2026-03-02 the job queue stalled for all users.\n\n## Timeline\n\n${timeline}\n\n## Root cause and resolution\n\n${root}\n\n## Corrective and preventative measures\n\n- [ ] Validate config keys at startup\n`;
}

const blame = (text: string, options: LintOptions = {}): Finding[] =>
  lint(text, options).findings.filter((f) => f.ruleId === 'PM027');
/** The flagged words of a root-cause sentence. */
const flagged = (sentence: string, options: LintOptions = {}): string[] => {
  const text = doc(sentence);
  const lines = text.split('\n');
  return blame(text, options).map((f) => lines[f.range.startLine]!.slice(f.range.startColumn, f.range.endColumn));
};
/** The sentence after applying the finding's quick fix. */
const rewritten = (sentence: string): string | undefined => {
  const text = doc(sentence);
  const f = blame(text).find((x) => x.fix);
  if (!f) return undefined;
  return applyEdits(text, f.fix!.edits)
    .split('\n')
    .find((l) => l !== '' && !text.split('\n').includes(l));
};

describe('PM027 blameless language: phrase families', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'hindsight: should have (a person, then a participle)',
      'The engineer should have checked the expiry date.',
      ['The engineer should have'],
    ],
    ["hindsight: should've with a curly apostrophe", 'We should’ve tested the migration on a copy.', ['We should’ve']],
    ['hindsight: could have, first person', 'I could have caught this in review.', ['I could have']],
    ['hindsight: how could', 'How could nobody notice the disk filling up?', ['How could']],
    ['hindsight: obviously', 'Obviously, the certificate had expired.', ['Obviously']],
    ['blame: forgot to', 'Ana forgot to renew the TLS certificate.', ['forgot to']],
    ['blame: neglected to', 'The operator neglected to drain the node first.', ['neglected to']],
    [
      'blame: failed to (a third person, something people do)',
      'The on-call engineer failed to notice the alert.',
      ['The on-call engineer failed to'],
    ],
    ["blame: didn't follow the runbook", "Bob didn't follow the runbook.", ["Bob didn't follow"]],
    ['blame: ignored the alerts', 'Some engineers ignored the warnings for a week.', ['Some engineers ignored']],
    ['blame: mistake by a person', 'It was a mistake by the new developer.', ['mistake by']],
    ["blame: a person's fault", "Honestly it was Ana's fault.", ["Ana's fault"]],
    ['blame: be more careful', 'Engineers must be more careful with production.', ['be more careful']],
    ['character: careless', 'A careless change took the site down.', ['careless']],
    ['character: negligent', 'The vendor was negligent.', ['negligent']],
    ['human error as the root cause', 'The root cause was human error.', ['human error']],
    ['human error in the root-cause section, no cause word', 'Human error during the deploy.', ['Human error']],
    ['a named person as the subject: the wrong config', 'John deployed the wrong config.', ['John deployed the wrong']],
    [
      'a role as the subject: accidentally',
      'A junior engineer on duty accidentally deleted the users table.',
      ['A junior engineer on duty accidentally'],
    ],
    ['an @handle as the subject: broke the', '@sam broke the build on Friday.', ['@sam broke the']],
    ['a pronoun as the subject: made a mistake', 'He made a mistake in the config.', ['He made a mistake']],
  ];
  for (const [name, sentence, expected] of cases) {
    it(name, () => assert.deepStrictEqual(flagged(sentence), expected));
  }
});

describe('PM027 blameless language: what it never flags', () => {
  const clean: Array<[string, string]> = [
    ['"should" as a specification', 'The alert should fire at 90 % disk use.'],
    ['"should have" + a noun is a wish, not hindsight', 'We should have a runbook for this.'],
    ['"could have" + a noun', 'We could have a policy of no DNS changes on Fridays.'],
    ['hindsight about a thing, not a person', 'It should have been "php", not "phpp".'],
    ['a safeguard that would have helped', 'This could have been prevented by unit tests.'],
    ['passive voice', 'The users table was accidentally deleted during the migration.'],
    ['passive voice: the alerts were ignored', 'The warnings were ignored for a week because they were noisy.'],
    ['a system failing to do something', 'The deploy failed to complete because the disk was full.'],
    ['a tool failing to do something', 'Certbot failed to renew the certificate.'],
    ['a tool as the subject of "the wrong"', 'Jenkins deployed the wrong build.'],
    ['a thing as the subject of "the wrong"', 'The load balancer sent traffic to the wrong server.'],
    ['first person describing what happened', 'We ignored the alert because it was noisy.'],
    ['quoted speech', 'Ana said "I forgot to renew it" in the channel.'],
    ['curly quotes', 'The ticket read “someone should have checked”.'],
    ['inline code', 'The log said `human error: bad input` at 09:02.'],
    ['"human error" as a modifier', 'Alerts triggered due to a surge in user error reports.'],
    ['"human error" discussed, not blamed', 'Human error is a symptom, not a cause.'],
    ['"human error" negated', 'It was not human error: the tool allowed the bad value.'],
    ['an error made by a parser', 'The outage came from an error made by the parser.'],
    ['acting is not blaming', 'Ana rolled back the release and Bob restarted the workers.'],
    ['a to-do list', 'The forgotten to-do list grew.'],
    ['a link target', 'See [the report](https://example.org/human-error-should-have-known).'],
  ];
  for (const [name, sentence] of clean) {
    it(name, () => assert.deepStrictEqual(flagged(sentence), []));
  }
  it('block quotes and fenced code', () => {
    assert.deepStrictEqual(flagged('> John made a mistake and forgot to renew it.'), []);
    assert.deepStrictEqual(flagged('```\nobviously: the engineer should have checked\n```'), []);
  });
  it('headings', () => {
    const text = doc('A renamed key.').replace(
      '## Root cause and resolution',
      '## Why nobody should have forgotten to rotate',
    );
    assert.deepStrictEqual(blame(text), []);
  });
  it("the timeline's plain facts of who did what when", () => {
    const timeline =
      '- 09:00 UTC - Ana paged the DBA.\n- 09:05 UTC - Bob failed to reach the on-call.\n- 09:40 UTC - Kim restarted the workers.';
    assert.deepStrictEqual(blame(doc('A renamed key.', timeline)), []);
  });
  it('a judgement in the timeline is still one', () => {
    const timeline = '- 09:00 UTC - Queue alert fired.\n- 09:05 UTC - Mike ran the wrong script on the primary.';
    const f = blame(doc('A renamed key.', timeline));
    assert.deepStrictEqual(
      f.map((x) => x.message.slice(0, 30)),
      ['"Mike ran the wrong" makes a p'],
    );
  });
  it('"be more careful" in an action item is left to PM028', () => {
    const text = doc('A renamed key.').replace(
      '- [ ] Validate config keys at startup',
      '- [ ] Be more careful with config keys',
    );
    assert.deepStrictEqual(blame(text), []);
  });
});

describe('PM027 blameless language: rewrites offered as quick fixes', () => {
  it('forgot to → the step depended on a manual step', () => {
    assert.strictEqual(
      rewritten('Ana forgot to rotate the logs, so the disk filled.'),
      'Rotating the logs depended on a manual step, so the disk filled.',
    );
    assert.strictEqual(
      rewritten('The disk filled because someone must have forgotten to rotate the logs.'),
      'The disk filled because rotating the logs depended on a manual step.',
    );
  });
  it("didn't follow the runbook → the runbook was not followed", () => {
    assert.strictEqual(rewritten("Bob didn't follow the runbook."), 'The runbook was not followed.');
    assert.strictEqual(rewritten('The new hire did not follow the steps.'), 'The steps were not followed.');
  });
  it('a person did the wrong thing → passive, the thing as the subject', () => {
    assert.strictEqual(rewritten('John deployed the wrong config.'), 'The wrong config was deployed.');
    assert.strictEqual(
      rewritten('Mike ran the wrong script on the primary.'),
      'The wrong script was run on the primary.',
    );
    assert.strictEqual(rewritten('Someone accidentally deleted the users table.'), 'The users table was deleted.');
  });
  it('obviously → dropped', () => {
    assert.strictEqual(rewritten('Obviously, the certificate had expired.'), 'The certificate had expired.');
    assert.strictEqual(rewritten('The disk was obviously full.'), 'The disk was full.');
  });
  it('no rewrite where one cannot be made safely: the message says what to write instead', () => {
    const f = blame(doc('The root cause was human error.'))[0]!;
    assert.strictEqual(f.fix, undefined);
    assert.match(f.message, /say what let the error through/);
    assert.strictEqual(
      blame(doc('Ana forgot to rotate the `app.log` file.'))[0]!.fix,
      undefined,
      'code in the words kept',
    );
  });
  it("no rewrite is safe for Fix All: the words are the author's", () => {
    const f = lint(doc('Ana forgot to rotate the logs.')).findings.find((x) => x.ruleId === 'PM027')!;
    assert.ok(f.fix);
    assert.strictEqual(isFixAllSafe(f), false);
  });
  it('makes -ing forms', () => {
    assert.deepStrictEqual(
      ['rotate', 'log', 'renew', 'run', 'check', 'fix', 'commit', 'be', 'deploy', 'tie', 'free'].map(gerund),
      [
        'rotating',
        'logging',
        'renewing',
        'running',
        'checking',
        'fixing',
        'committing',
        'being',
        'deploying',
        'tying',
        'freeing',
      ],
    );
  });
});

describe('PM027 blameless language: the phrase list is data', () => {
  it('every default entry has an id, a family, phrases, a message and a suggestion, and compiles', () => {
    assert.strictEqual(new Set(DEFAULT_PHRASES.map((p) => p.id)).size, DEFAULT_PHRASES.length);
    for (const p of DEFAULT_PHRASES) assert.ok(p.id && p.family && p.phrases.length && p.message && p.suggestion, p.id);
    assert.strictEqual(compilePhrases(DEFAULT_PHRASES).length, DEFAULT_PHRASES.length);
  });
  it('.postmortem.json adds entries, replaces one by its id, disables ids and families', () => {
    const config = loadConfig(
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
            { id: 'obviously', phrases: ['clearly'], message: 'is hindsight' },
          ],
          disable: ['forgot-to', 'character'],
        },
      }),
    );
    assert.deepStrictEqual(config.errors, []);
    const options: LintOptions = { blameless: config.blameless! };
    assert.deepStrictEqual(flagged('Ana dropped the ball on the rollout.', options), ['dropped the ball']);
    assert.deepStrictEqual(flagged('Clearly the disk was full.', options), ['Clearly']);
    assert.deepStrictEqual(
      flagged('Obviously the disk was full.', options),
      [],
      'the default "obviously" entry is replaced',
    );
    assert.deepStrictEqual(flagged('Ana forgot to renew it.', options), [], 'disabled by id');
    assert.deepStrictEqual(flagged('A careless change.', options), [], 'disabled by family');
    assert.deepStrictEqual(flagged('The root cause was human error.', options), ['human error'], 'the rest stays');
  });
  it('a custom phrase is literal: regex characters match themselves', () => {
    const config = loadConfig(JSON.stringify({ blameless: { phrases: [{ id: 'x', phrases: ['(a+)+$'] }] } }));
    assert.deepStrictEqual(config.errors, []);
    assert.deepStrictEqual(flagged('Logs showed (a+)+$ and aaaa.', { blameless: config.blameless! }), ['(a+)+$']);
  });
  it('bad entries are reported with the field that is wrong', () => {
    const r = loadConfig(
      JSON.stringify({
        blameless: {
          phrases: [
            { id: '', phrases: [] },
            { id: 'ok', phrases: ['x'], when: 'always' },
          ],
          disable: 'all',
          extra: 1,
        },
      }),
    );
    assert.deepStrictEqual(r.errors, [
      'blameless.extra: unknown field; expected "phrases" or "disable"',
      'blameless.disable: expected an array of phrase ids or families ("should-have", "hindsight")',
      'blameless.phrases[0].id: expected an id of letters, digits, ".", "_" or "-"',
      'blameless.phrases[0].phrases: expected 1 to 50 phrases',
      'blameless.phrases[1].when: expected one of any, person, other-person, person-participle, person-after, cause, procedure',
    ]);
  });
});

describe('PM027 blameless language: severity per template', () => {
  const root = 'The root cause was human error.';
  it('information for the school assignment, warning for the incident report', () => {
    assert.deepStrictEqual(
      blame(doc(root)).map((f) => f.severity),
      ['information'],
    );
    const report = `# Incident Report: queue stall\n\n## Incident Details\n\n- **Date/Time of Incident:** March 2, 2026, 09:00 - 09:40 UTC\n\n## Summary of the Incident\n\nThe queue stalled. ${root}\n\n## Timeline\n\n- **09:00 UTC** - Alert fired.\n\n## Impact Analysis\n\nAll jobs waited.\n\n## Root Cause Analysis\n\nA renamed key.\n\n## Action Items and Remediations\n\n- [ ] Validate keys (owner: @ana, due: 2026-04-01)\n\n## Lessons Learned\n\nValidate config.\n`;
    const r = lint(report);
    assert.strictEqual(r.template.id, 'incident-report');
    assert.deepStrictEqual(
      r.findings.filter((f) => f.ruleId === 'PM027').map((f) => f.severity),
      ['warning'],
    );
  });
  it('a custom template sets its own, or turns the rule off; the settings still win', () => {
    const custom = (blameless: string) =>
      loadConfig(JSON.stringify({ templates: [{ id: 'ours', blameless, sections: [{ title: 'What happened' }] }] }))
        .templates;
    const text =
      '<!-- postmortem: ours -->\n# Postmortem: x\n\n## What happened\n\nFrom 09:00 to 09:40 UTC the queue stalled. The root cause was human error.\n';
    assert.deepStrictEqual(
      blame(text, { customTemplates: custom('error') }).map((f) => f.severity),
      ['error'],
    );
    assert.deepStrictEqual(blame(text, { customTemplates: custom('off') }), []);
    assert.deepStrictEqual(
      blame(text, { customTemplates: custom('error'), rules: { 'blameless-language': 'hint' } }).map((f) => f.severity),
      ['hint'],
    );
    assert.deepStrictEqual(
      loadConfig(JSON.stringify({ templates: [{ id: 'ours', blameless: 'loud', sections: [{ title: 'A' }] }] })).errors,
      ['templates[0].blameless: expected one of error, warning, information, hint, off'],
    );
  });
});
