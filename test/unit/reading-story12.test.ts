// The story of a timeline (twelfth set, from the rounds on holdouts 11, 12 and 13): a recovery the same sentence takes
// back ("loads fine but says …"), no resolution before a step that still suspects or fails, a closed incident that
// stays closed; hand-offs told as "let … know", "was woken", "forwards it to me", a ticket with its number; dead ends
// told as "changed nothing", "grows faster", "so not that", "ruled out", "wondered if"; notices told as getting
// messages, a post in #channel, first reviews, and alerts nobody read; fixes told as a limit raised back, a volume
// extended, "swap done", "turn on", "put behind"; probes on one pod; plans weighed; entries placed by words
// ("Shortly after", "Next day", weekdays). One paraphrased fixture per pattern (own sentences about other incidents).
import * as assert from 'assert';
import { lint, modelReport, readModel } from '../../src/core/index';
import { ALX, phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

The thumbnail job ran before the photo import finished; running it after the import fixed the gallery.

## Corrective and preventative measures

- [ ] Run the thumbnail job after the import
`;

const { doc } = storyDocs('The photo gallery showed no thumbnails for two hours.', REST);
const FIRST = 'Grafana alert: thumbnail queue empty while uploads keep arriving.';
const FOUND = 'Amara finds the thumbnail job ran at 05:00, before the import had finished.';
const FIX = 'Re-ran the thumbnail job by hand.';
const END = 'Thumbnails back on every gallery page, error rate normal.';
const DEPLOY = 'Deploy of gallery 2.7.';
const at = (i: number, ...lines: string[]): string | undefined => phases(doc(...lines))[i];
const rules = (md: string, ...ids: string[]): string[] =>
  lint(md, ALX)
    .findings.filter((f) => ids.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.message}`);

describe('reading: the story of a timeline, twelfth set', () => {
  describe('the end of the incident', () => {
    it('a recovery the same sentence takes back ("loads fine but says …") is a check, and no resolution', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'I open the gallery myself. The page loads fine but says "No photos in this album".',
            'I was sure the import had failed, so I read its logs for 15 minutes. It had finished at 05:31.',
            FOUND,
            FIX,
            'Moved the job to 06:00 UTC; the next morning it ran after the import.',
          ),
        ),
        ['detection', 'investigation', 'misleading', 'investigation', 'mitigation', 'resolution'],
      ));
    it('a restoration followed by a step that still fails was not the end', () =>
      assert.deepStrictEqual(
        phases(
          doc(FIRST, 'Gallery page loads normally for me.', 'Restarted the workers. Still no thumbnails.', FOUND, FIX),
        ),
        ['detection', 'investigation', 'misleading', 'investigation', 'resolution'],
      ));
    it('"Incident closed." ends the story: a later step that puts something back is the aftermath', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            FIX,
            'Queue at zero, pages under a second. Incident closed.',
            'Cron line put back with a lock wrapper after a test on staging.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'resolution', 'other'],
      ));
    it('a fix its author calls "not a real fix yet" is a mitigation; the pinned fix with the monitor green ends it', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'Started the old image again. Gallery is back! Not a real fix yet, the next deploy would break it.',
            'Image pinned to the old base, rebuilt and deployed. Upload tested end to end, UptimeRobot green.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'resolution'],
      ));
    it('"still fine" after the proper fix confirms the end', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'added the job order back by hand, thumbnails recovered within a minute',
            'fixed the schedule properly in the repo, gallery still fine. went to bed',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'resolution'],
      ));
  });

  describe('hand-offs', () => {
    for (const handoff of [
      'Let the head of support know so agents could answer photographers in chat.',
      'Storage lead woken up; she confirms the bucket policy did not change.',
      'Ticket #7731 opened with the CDN vendor, priority P1.',
      'Support forwards it to me as the developer on duty.',
      'messaged the group chat, sami was still awake and jumped on a call',
      'Team lead Chidi informs the CTO and the product owner.',
    ])
      it(`"${handoff.slice(0, 44)}…" is an escalation`, () =>
        assert.strictEqual(at(1, FIRST, handoff, FOUND, FIX, END), 'escalation'));
    it('a test email that arrived is no one arriving', () =>
      assert.strictEqual(
        at(
          1,
          FIRST,
          'The mail provider was suspected; their status page was green and a test email arrived, so it was dropped.',
          FOUND,
          FIX,
          END,
        ),
        'misleading',
      ));
  });

  describe('paths that did not help', () => {
    for (const path of [
      'rebooted the image server anyway. took 5 minutes and changed nothing',
      'Added two more workers to clear the backlog. The backlog grows faster, each new worker re-reads the whole album.',
      'We restart nginx and the workers. Complaints continue the same.',
      'We think old phones cannot decode the new format. Tested on an old phone, it work fine. So not that.',
      "Checked yesterday's deploy for changes to image sizes. It only touched the login page, ruled out.",
      'Still nothing from the vendor. We wondered if they had blocked our account and spent twenty minutes in their portal. The account was fine.',
      'thought the bucket had been emptied. storage console shows every object, so the bucket was fine',
      'I was convinced the resize code had a bug. Re-sent two uploads, the job returned 200, but the page still said "processing".',
      'The CDN cache for /gallery was purged, but broken pages were served again within a minute.',
    ])
      it(`"${path.slice(0, 44)}…" is misleading`, () =>
        assert.strictEqual(at(1, FIRST, path, FOUND, FIX, END), 'misleading'));
  });

  describe('the detection', () => {
    for (const notice of [
      'Helpdesk started getting messages from photographers that their albums are empty.',
      'Support agent Imani posts in #incidents: six tickets in ten minutes saying "no thumbnails".',
      'first 1-star reviews on the app store: "my photos are gone".',
      'Two teachers write to the support inbox that last month\'s albums show "file not found".',
    ])
      it(`"${notice.slice(0, 44)}…" after the deploy is the detection`, () =>
        assert.deepStrictEqual(phases(doc(DEPLOY, notice, FOUND, FIX, END)), [
          'other',
          'detection',
          'investigation',
          'mitigation',
          'resolution',
        ]));
    for (const lead of [
      'The import starts failing for one region. We learned this only later from their report.',
      'Disk usage warning for img-1 posts to a channel nobody reads at night.',
      'Ops applies a policy change; a linter had flagged the old wildcard rule.',
    ])
      it(`"${lead.slice(0, 44)}…" is the lead-up; the alert after it is the detection`, () =>
        assert.deepStrictEqual(phases(doc(lead, FIRST, FOUND, FIX, END)), [
          'other',
          'detection',
          'investigation',
          'mitigation',
          'resolution',
        ]));
  });

  describe('fixes and what only looked like one', () => {
    for (const fix of [
      'memory limit raised back to 4gb live; evictions fall to zero within a minute.',
      'Image volume grown from 500 GB to 750 GB and filesystem extended.',
      'Table swap done, counter set past the old maximum.',
      'While Dana looks for the image, I turn on full-page caching to take load off the servers.',
      'All album pages were put behind the maintenance page.',
      'Serge started chronyd and forced a clock step, after that the clock was correct.',
      'Test uploads show thumbnails in both apps. Error rate starts to go down.',
      'At 11:40, the rebuild of the thumbnails table was started by Jonas with an online schema tool.',
    ])
      it(`"${fix.slice(0, 44)}…" is a mitigation`, () =>
        assert.strictEqual(at(2, FIRST, FOUND, fix, END), 'mitigation'));
    for (const check of [
      'Turned on leak detection on one pod; the traces pointed straight at the resize handler.',
      'Looked at the pods: all running, zero restarts, logs full of timeouts.',
      'Changing the column type on 2 billion rows would take hours. Brian proposes creating a new table instead.',
      'Changing the column on 2.1 billion rows would take hours. Brian proposes creating an empty table and swapping it in.',
      'Meera confirms the three report jobs are eating the CPU; each writes at the end, so killing them is safe.',
      'found 3 million files in the temp folder. the cleanup timer disabled since the OS upgrade in March.',
      'Support tells us that all the complaining users are on the same mobile network.',
    ])
      it(`"${check.slice(0, 44)}…" is investigation`, () =>
        assert.strictEqual(at(1, FIRST, check, FIX, END), 'investigation'));
  });

  describe('entries placed by words', () => {
    const head = `# Q\n\n## Issue Summary\n\nThe gallery showed no thumbnails from 10:00 to 12:00 UTC for 40% of users; the job ran before the import.\n\n`;
    it('"Shortly after, …" and "Next day, …" paragraphs among timed ones are entries', () => {
      const md =
        `${head}## Timeline\n\nAt 10:05 AM, the thumbnail alert fired.\n\nShortly after, the CDN was suspected, since it serves every image. ` +
        `Its status page was green, so this was dropped.\n\nAt 10:40 AM, Amara found the job had run before the import.\n\n` +
        `At 11:00 AM, the job was re-run by hand and thumbnails were showing again.\n\nNext day, the affected photographers got an apology email.\n${REST}`;
      assert.deepStrictEqual(
        modelReport(readModel(md, ALX)).timeline.map((e) => [e.line, e.phase]),
        [
          [9, 'detection'],
          [11, 'misleading'],
          [13, 'investigation'],
          [15, 'resolution'],
          [17, 'other'],
        ],
      );
    });
    it('a "Next day 10:00" line glued to the paragraph, and a "Next day" table row, are entries in order and well formed', () => {
      const glued =
        `${head}## Timeline (UTC)\n\n**10:05** - Thumbnail alert fired.\n**10:40** - Amara found the job ran before the import.\n` +
        `**11:00** - Re-ran the job; thumbnails back.\n**Next day 09:30** - Review meeting with support.\n${REST}`;
      assert.deepStrictEqual(
        modelReport(readModel(glued, ALX)).timeline.map((e) => e.line),
        [9, 10, 11, 12],
      );
      assert.deepStrictEqual(rules(glued, 'PM012', 'PM013'), []);
      const table =
        `${head}## Timeline\n\n| Time (UTC) | What happened |\n|---|---|\n| 10:05 | Thumbnail alert fired. |\n` +
        `| 10:40 | Amara found the job ran before the import. |\n| 11:00 | Re-ran the job; thumbnails back. |\n` +
        `| Next day | Apology email to the affected photographers. |\n${REST}`;
      assert.deepStrictEqual(
        modelReport(readModel(table, ALX)).timeline.map((e) => e.line),
        [11, 12, 13, 14],
      );
      assert.deepStrictEqual(rules(table, 'PM012'), []);
    });
    it('weekdays ("Mon 6:30 pm", "Tue 7:05 am") and a dated lead-up before undated times are in order', () => {
      const days =
        `${head}## Timeline\n\n- Mon 6:30 pm UTC - Ops swaps the image server for a new one.\n- Tue 7:05 am UTC - A photographer emails support: albums empty.\n` +
        `- 7:20 am UTC - Amara found the job ran before the import.\n- 8:00 am UTC - Re-ran the job; thumbnails back.\n${REST}`;
      assert.deepStrictEqual(rules(days, 'PM012', 'PM013'), []);
      const dated =
        `${head}## Timeline\n\n- Wed 5 June, 4:40 PM UTC: A teammate changes the job schedule.\n- 8:20 AM UTC: Two photographers write to support.\n` +
        `- 8:40 AM UTC: Amara found the job ran before the import.\n- 9:00 AM UTC: Re-ran the job; thumbnails back.\n${REST}`;
      assert.deepStrictEqual(rules(dated, 'PM013'), []);
    });
    it('a few minutes back after a dated entry is still out of order', () => {
      const md =
        `${head}## Timeline\n\n- 5 June, 10:40 UTC: Amara found the job ran before the import.\n- 10:35 UTC: Thumbnail alert fired.\n` +
        `- 11:00 UTC: Re-ran the job; thumbnails back.\n${REST}`;
      assert.strictEqual(rules(md, 'PM013').length, 1);
    });
  });
});
