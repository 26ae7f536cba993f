// The story of a timeline and the facts around it (thirteenth set, from the rounds on holdouts 14 and 15): lead-up entries
// placed on an earlier day by a weekday or by words ("The evening before"), a zone written once, a time closing its
// bullet in brackets, entries placed by words ("A bit later", "In the afternoon", an emoji before "next day"), dotted
// clocks, "At 10:05, …" sentences; sections named "Cause / fix" and "Todo"; summary facts told as "Cause:", "logged
// in customers", "East Coast time", a search showing stale prices; corrective lines marked "i)"; notices, hand-offs,
// dead ends, probes and stopgaps told in everyday words. One paraphrased fixture per pattern (own sentences about a
// bakery's online ordering, not any document's). From holdout 15: headings written "1. Issue Summary", "16h02:" stamps,
// "On the 18th, …", a heading line's aside, summary fields, "a." tasks, detections told by a caller or by me, and
// the vocabulary of a status page, an announcement, a bandage and a raised budget. From holdout 16: terse dotted
// stamps followed by a word, "a." and "Task 1 –" tasks, an alert sent to a muted channel, everyday dead ends, notices,
// hand-offs and announcements, and a fix taken in a clause of its own.
import * as assert from 'assert';
import { lint, modelReport, readModel } from '../../src/core/index';
import { ALX, phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

The price sync wrote to the old index after the rename; pointing it at the new index fixed the menu.

## Corrective and preventative measures

- [ ] Alert when the price sync writes nothing for ten minutes
`;

const { doc } = storyDocs('The bakery menu showed yesterday’s prices for two hours.', REST);
const FIRST = 'Datadog alert: price sync wrote 0 rows in 10 minutes.';
const FOUND = 'Keanu finds the sync still writes to the old index name.';
const FIX = 'Pointed the sync at the new index and re-ran it.';
const END = 'Menu prices correct again on every page, error rate normal.';
const rules = (md: string, ...ids: string[]): string[] =>
  lint(md, ALX)
    .findings.filter((f) => ids.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.message}`);
const lines = (md: string): Array<[number, string]> =>
  modelReport(readModel(md, ALX)).timeline.map((e) => [e.line, e.phase]);
const head = (
  summary = 'The menu showed stale prices from 08:10 to 10:30 UTC for 60% of customers; the cause was a renamed index.',
) => `# Q\n\n## Issue Summary\n\n${summary}\n\n`;

describe('reading: the story of a timeline, thirteenth set', () => {
  describe('days, zones and times', () => {
    it('a lead-up on a weekday evening ("Sunday 9:10 PM") before undated morning clocks is in order', () => {
      const md =
        `${head()}## Timeline (UTC)\n\n- Sunday 9:10 PM - Noa renames the price index during the weekly clean-up.\n` +
        `- 8:10 AM - ${FIRST}\n- 8:30 AM - ${FOUND}\n- 9:00 AM - ${FIX}\n- 9:20 AM - ${END}\n${REST}`;
      assert.deepStrictEqual(rules(md, 'PM013'), []);
    });
    it('"The evening before, at 19:20, …" before "At 08:10, …" is in order, and such sentences get one format finding', () => {
      const md =
        `${head()}## Timeline\n\nThe evening before, at 19:20 UTC, Noa renamed the price index.\n\n` +
        `At 08:10 UTC, the price sync alert fired for the first time.\n\nAt 08:30 UTC, Keanu found the sync writes to the old name.\n\n` +
        `At 09:00 UTC, we pointed the sync at the new index and re-ran it.\n\nAt 09:20 UTC, menu prices were correct again.\n${REST}`;
      assert.deepStrictEqual(rules(md, 'PM013'), []);
      const pm012 = rules(md, 'PM012');
      assert.strictEqual(pm012.length, 1, pm012.join('\n'));
      assert.match(pm012[0]!, /sentences with the time inside \(4 like "At 10:05, …"\)/);
    });
    it('"At 08:10 UTC: text" (a colon after the time) is a stamp, not a sentence', () => {
      const md = `${head()}## Timeline\n\nAt 08:10 UTC: ${FIRST}\nAt 08:30 UTC: ${FOUND}\nAt 09:00 UTC: ${FIX}\nAt 09:20 UTC: ${END}\n${REST}`;
      assert.deepStrictEqual(rules(md, 'PM012'), []);
    });
    it('a zone written on the first entry holds for the entries after it', () => {
      const md = `${head()}## Timeline\n\n- 18:05 ET - ${FIRST}\n- 18:20 - ${FOUND}\n- 18:45 - ${FIX}\n- 19:00 ET - ${END}\n${REST}`;
      assert.deepStrictEqual(rules(md, 'PM013'), []);
    });
    it('a time closing its bullet in brackets is the entry’s, not a time the sentence quotes', () => {
      const md =
        `${head()}## Timeline\n\n- ${FIRST} (08:10 UTC)\n- The deploy log shows the index was renamed by the 07:55 clean-up (08:30 UTC)\n` +
        `- ${FIX} (09:00 UTC)\n- ${END} (09:20 UTC)\n${REST}`;
      assert.deepStrictEqual(rules(md, 'PM013'), []);
      assert.deepStrictEqual(
        modelReport(readModel(md, ALX)).timeline.map((e) => e.time),
        ['08:10 UTC', '08:30 UTC', '09:00 UTC', '09:20 UTC'],
      );
    });
    it('"A bit later, …", "In the afternoon, …" and an emoji before "next day" are entries', () => {
      const md =
        `${head()}## Timeline\n\nAt 08:10 UTC: ${FIRST}\n\nA bit later, we called Keanu, who owns the sync.\n\n` +
        `At 08:30 UTC: ${FOUND}\n\nAt 09:00 UTC: ${FIX}\n\nAt 09:20 UTC: ${END}\n\nIn the afternoon, the shop emailed the 40 customers who paid the old price.\n\n` +
        `🕙 next day — I write this postmortem.\n${REST}`;
      assert.deepStrictEqual(lines(md), [
        [9, 'detection'],
        [11, 'escalation'],
        [13, 'investigation'],
        [15, 'mitigation'],
        [17, 'resolution'],
        [19, 'other'],
        [21, 'other'],
      ]);
      assert.deepStrictEqual(rules(md, 'PM012'), []);
    });
    it('dotted clocks ("**07.40** — …") are stamps in the timeline, and "from 07.45 to 09.45 SAST" in the summary', () => {
      const md =
        `${head('From 07.45 to 09.45 SAST the menu showed stale prices to 60% of customers; the cause was a renamed index.')}` +
        `## Timeline\n\n- **Mon 17.30** — Noa renames the price index.\n- **07.50** — ${FIRST}\n- **08.10** — ${FOUND}\n` +
        `- **08.40** — ${FIX}\n- **09.45** — ${END}\n${REST}`;
      assert.deepStrictEqual(
        modelReport(readModel(md, ALX)).timeline.map((e) => e.time),
        ['17.30', '07.50', '08.10', '08.40', '09.45'],
      );
      assert.deepStrictEqual(rules(md, 'PM006', 'PM007', 'PM012', 'PM013'), []);
    });
  });

  describe('sections and summary facts', () => {
    it('plain lines "Cause / fix" and "Todo" are the root-cause and corrective sections', () => {
      const md =
        `# Q\n\nSummary\n\nSat 09:00 to 11:30 UTC, stale menu prices for about 60% of customers. Cause: the sync wrote to a renamed index.\n\n` +
        `Timeline\n\n- 09:00 UTC - ${FIRST}\n- 09:30 UTC - ${FOUND}\n- 11:30 UTC - ${FIX}\n\nCause / fix\n\n` +
        `The sync kept the old index name. Pointing it at the new one fixed it.\n\nTodo\n\n- alert on zero writes\n- rename indexes through the deploy only\n`;
      assert.deepStrictEqual(rules(md, 'PM001', 'PM011'), []);
    });
    it('"45% of logged in customers", "East Coast time" and a search "showed stale prices" are summary facts', () => {
      const md = `${head(
        'From 6:40 PM to 9:15 PM East Coast time the shop search showed stale prices, and around 45% of logged in customers ' +
          'paid yesterday’s price. The root cause was a renamed index.',
      )}## Timeline\n\n- 6:40 PM ET - ${FIRST}\n- 7:10 PM ET - ${FOUND}\n- 9:15 PM ET - ${FIX}\n${REST}`;
      assert.deepStrictEqual(rules(md, 'PM008', 'PM009', 'PM010'), []);
    });
    it('a cause told as what a release made things do ("made every order wait on …") is a root cause', () => {
      const md =
        `${head('From 08:10 to 10:30 UTC 60% of orders were late. Release 4.2 made every order wait on a slow address check.')}` +
        `## Timeline\n\n- 08:10 UTC - ${FIRST}\n- 08:30 UTC - ${FOUND}\n- 09:00 UTC - ${FIX}\n${REST}`;
      assert.deepStrictEqual(rules(md, 'PM011'), []);
    });
    it('corrective lines marked "i)", "ii)" without list markup are tasks', () => {
      const md =
        `${head()}## Timeline\n\n- 08:10 UTC - ${FIRST}\n- 09:00 UTC - ${FIX}\n\n## Root cause and resolution\n\nThe sync kept the old name.\n\n` +
        `## Corrective and preventative measures\n\nPrices are data we cannot show stale.\n\ni) Alert when the sync writes nothing for ten minutes.\n` +
        `ii) Rename indexes only through the deploy pipeline.\niii) Load test the menu with the full catalogue before release.\n`;
      assert.deepStrictEqual(rules(md, 'PM017'), []);
    });
  });

  describe('what an entry says', () => {
    it('a change switched on "for everyone", told with a belief, is the lead-up; a yell and new emails are the detection', () => {
      const md = doc(
        'me, in the flags dashboard, switching `menu_v2` to "on for everyone". I was so sure the dropdown said staging.',
        'my brother shouts from the kitchen that the menu lost its prices. The support inbox has 9 new emails from regulars.',
        FOUND,
        FIX,
        END,
      );
      assert.deepStrictEqual(phases(md), ['other', 'detection', 'investigation', 'mitigation', 'resolution']);
      assert.deepStrictEqual(
        rules(md, 'PM015').filter((m) => /detected/.test(m)),
        [],
      );
    });
    it('comments from parents on the shop page are a customer detection', () => {
      const md = doc('Our Instagram page receives comments from parents that checkout keeps failing.', FOUND, FIX, END);
      assert.strictEqual(phases(md)[0], 'detection');
      assert.ok(!rules(md, 'PM015').some((m) => /how the issue was detected/.test(m)));
    });
    it('a suspect wondered about, checked and found "unrelated" is a misleading path', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'Keanu wonders about clock skew on the sync pods and checks NTP. Clocks are right; this turns out to be unrelated.',
            FOUND,
            FIX,
            END,
          ),
        ),
        ['detection', 'misleading', 'investigation', 'mitigation', 'resolution'],
      ));
    it('what a log shows was done ("shows that `v2.3.1` was force-updated by …") is a finding, not a fix', () =>
      assert.strictEqual(
        phases(doc(FIRST, 'The audit log shows that `v2.3.1` was force-updated by Noa’s push.', FIX, END))[1],
        'investigation',
      ));
    it('running a diagnostic command ("executed `_cat/allocation/explain`") is a check', () =>
      assert.strictEqual(
        phases(doc(FIRST, 'Keanu executed `_cluster/allocation/explain`: node-2 at 96% of disk.', FIX, END))[1],
        'investigation',
      ));
    it('"As a workaround …" is a mitigation, whoever it sends people to', () =>
      assert.strictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'As a workaround we told customers to email their orders to the shop, who enters them by hand.',
            FIX,
            END,
          ),
        )[2],
        'mitigation',
      ));
    it('support contacting a customer is communication, not a hand-off', () =>
      assert.strictEqual(
        phases(
          doc(FIRST, FOUND, 'Customer care contacted the café whose app kept retrying the big order.', FIX, END),
        )[2],
        'other',
      ));
    it('a manager who "joins and takes over", a name with accents, are hand-offs; consulting a dashboard is not', () => {
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'Lucía Romero, the bakery manager, joins and takes over talking to the suppliers.',
            'pinged Zoë (backend) about the sync.',
            'Keanu consulted Grafana and observed the writes stop at 07:55.',
            FIX,
            END,
          ),
        ),
        ['detection', 'escalation', 'escalation', 'investigation', 'mitigation', 'resolution'],
      );
    });
    it('a run-on line: a failure that raised no alert is the lead-up, and "for 30 Mar. 10h40" ends one sentence and opens the next', () => {
      const md =
        `${head()}## Timeline

Sat 2 Mar 02h00 the price sync stops, no alert. Sat 2 Mar 08h10 first customer ticket, prices wrong. ` +
        `08h30 Keanu checks the sync log, nothing written. 09h00 re-ran the sync by hand for 2 Mar. 09h20 prices correct again, incident closed.\n${REST}`;
      assert.deepStrictEqual(
        modelReport(readModel(md, ALX)).timeline.map((e) => [e.time, e.phase]),
        [
          ['Sat 2 Mar 02h00', 'other'],
          ['Sat 2 Mar 08h10', 'detection'],
          ['08h30', 'investigation'],
          ['09h00', 'mitigation'],
          ['09h20', 'resolution'],
        ],
      );
    });
    it('a fix whose reason says something was "still there" did not fail', () =>
      assert.strictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'Keanu writes a script that replays the failed price updates from the request log, because the bodies were still there.',
            END,
          ),
        )[2],
        'mitigation',
      ));
  });
  describe('from the round on holdout 15', () => {
    it('numbered headings ("1. Issue Summary", each a list of one item) are the sections, a table or bullets under them', () => {
      const md =
        `# Bakery orders down\n\n1. Issue Summary\n\nFrom 08:10 to 10:30 UTC the order page returned 500 to 60% of customers; the cause was a renamed index.\n\n` +
        `2. Timeline\n\n| Time | Event |\n|---|---|\n| 08:10 UTC | ${FIRST} |\n| 08:30 UTC | ${FOUND} |\n| 09:00 UTC | ${FIX} |\n\n` +
        `3. Root Cause and Resolution\n\nThe sync kept the old index name.\n\n4. Corrective and Preventative Measures\n\n- [ ] Alert on zero writes\n`;
      assert.deepStrictEqual(rules(md, 'PM001'), []);
      assert.strictEqual(modelReport(readModel(md, ALX)).timeline.length, 3);
    });
    it('"16h02:" stamps are times, and "On the 18th, at 4:30 pm" is a lead-up on an earlier day', () => {
      const md = `${head()}## Timeline\n\n- 16h02: ${FIRST}\n- 16h15: ${FOUND}\n- 16h40: ${FIX}\n${REST}`;
      assert.deepStrictEqual(rules(md, 'PM012'), []);
      const days =
        `${head()}## Timeline\n\nOn the 18th, at 4:30 pm, Noa started a load test and forgot it.\n\nAt 6:02 am on the 20th, the budget ran out and the sync stopped.\n\n` +
        `At 7:15 am, a customer emailed support that prices were wrong.\n\nAt 7:40 am, ${FIX}\n${REST}`;
      assert.deepStrictEqual(rules(days, 'PM013'), []);
    });
    it('the aside on a heading line ("**Timeline:** grab a coffee, this one is long") is not an entry', () => {
      const md = `${head()}**Timeline:** grab a coffee, this one is long\n\n- 08:10 UTC - ${FIRST}\n- 08:30 UTC - ${FOUND}\n- 09:00 UTC - ${FIX}\n${REST}`;
      assert.strictEqual(modelReport(readModel(md, ALX)).timeline.length, 3);
      assert.deepStrictEqual(rules(md, 'PM012'), []);
    });
    it('summary fields ("- What: the portal returns HTTP 500 on every page") state the impact; "a." lines are tasks', () => {
      const md =
        `# Q\n\n**Issue Summary**\n\n- What: the order portal returns HTTP 500 on every page, admin too.\n- When: 09:35 to 10:16 UTC, 41 min.\n` +
        `- Why: typo in the config, the cache size was 12M.\n\n## Timeline\n\n- 09:35 UTC - ${FIRST}\n- 10:16 UTC - ${FIX}\n\n` +
        `## Root cause and resolution\n\nThe typo.\n\n## Corrective and preventative measures\n\na. Limit the cache size in code review.\nb. Alert on 500s above 1%.\n`;
      assert.deepStrictEqual(rules(md, 'PM009', 'PM017'), []);
    });
    it('a caller to the support line, or me seeing a white screen, says how it was detected', () => {
      for (const first of [
        'A florist called the support line to report that the order page shows an error.',
        'Me, updating the menu page: white screen. Same minute a member posts in the WhatsApp group "menu is blank??"',
      ])
        assert.ok(
          !rules(doc(first, FOUND, FIX, END), 'PM015').some((m) => /how the issue was detected/.test(m)),
          first,
        );
    });
    it('everyday hand-offs and what is not one', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'It was confirmed by the on-call engineer, Thabo, in the admin panel that 61 orders were pending.',
            'Call anh Minh (our DBA) who is at lunch, he join from phone.',
            'Noa asks if somebody changed the sync user; nobody did.',
            FOUND,
            FIX,
            END,
          ),
        ),
        ['detection', 'investigation', 'escalation', 'investigation', 'investigation', 'mitigation', 'resolution'],
      ));
    it('a DM saying she cannot pay is the detection; a merge "without notice" before it is the lead-up', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Rafael merges the menu PR. Without notice, the old index stays in the sync config.',
            'A customer sends a DM on Instagram with a screenshot and says she cannot pay.',
            FOUND,
            FIX,
            END,
          ),
        ),
        ['other', 'detection', 'investigation', 'mitigation', 'resolution'],
      ));
    it('dead ends: an idea chased, a cache purge the banner survives, "it helped nobody", "this make it worse"', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'We chase the idea of the CDN serving an old page, so we purge the cache. The old prices continue there.',
            'Thought maybe browsers kept old cookies, so we told everybody to clear them. It helped nobody.',
            'We scale the API to 14 containers. This make it worse, error rate go up to 40%.',
            FOUND,
            FIX,
            END,
          ),
        ),
        ['detection', 'misleading', 'misleading', 'misleading', 'investigation', 'mitigation', 'resolution'],
      ));
    it('a provider’s status page showing "all systems operational" is a suspect cleared, not our service back', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'An outage at the payment provider was suspected. Their status page was consulted and showed all systems operational.',
            FOUND,
            FIX,
            END,
          ),
        ),
        ['detection', 'misleading', 'investigation', 'mitigation', 'resolution'],
      ));
    it('telling the group "fixed, sorry" after the fix is communication; the fix that made "all pages OK" is the resolution', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'Renamed the index back. All pages OK, checkout OK.',
            'Posted in the WhatsApp group: fixed, sorry.',
          ),
        ),
        ['detection', 'investigation', 'resolution', 'other'],
      ));
    it('stopgaps: "As a bandage …", a maintenance page enabled, the domain pointed to a static page, a budget raised', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'As a bandage I set a nightly restart of the sync at 04:00.',
            'The maintenance page was enabled so that customers see the phone number instead of an error.',
            'We pointed the domain to a static page with the shop phone number.',
            'Keanu raised the budget for this month and linked the billing account again.',
            END,
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'mitigation', 'mitigation', 'mitigation', 'resolution'],
      ));
  });
  describe('from the round on holdout 16', () => {
    it('terse dotted stamps followed by a word are entries, and a user on Twitter forwarded to #dev is the detection', () => {
      const md =
        `${head()}Timeline:\n07.30 noa renames the price index.\n09.20 user on twitter: "prices wrong again". support forwards screenshot in #dev.\n` +
        `09.25 tried the menu myself. old prices.\n09.55 /var/log/sync.log: "index not found". found it.\n10.20 we point the sync at the new index. prices correct again.\n${REST}`;
      assert.deepStrictEqual(
        modelReport(readModel(md, ALX)).timeline.map((e) => [e.time, e.phase]),
        [
          ['07.30', 'other'],
          ['09.20', 'detection'],
          ['09.25', 'investigation'],
          ['09.55', 'investigation'],
          ['10.20', 'resolution'],
        ],
      );
    });
    it('"a. A check is to be added …" and "**Task 1 –** Add …" are tasks', () => {
      for (const tasks of [
        'a. A policy check is to be added to the deploy pipeline.\nb. An alert on zero writes is to be added.',
        '**Task 1 –** Add an alert on zero writes.\n\n**Task 2 –** Rename indexes only through the pipeline.',
      ]) {
        const md =
          `${head()}## Timeline\n\n- 08:10 UTC - ${FIRST}\n- 09:00 UTC - ${FIX}\n\n## Root cause and resolution\n\nThe sync kept the old name.\n\n` +
          `## Corrective and preventative measures\n\nPrices must never go stale again.\n\n${tasks}\n`;
        assert.deepStrictEqual(rules(md, 'PM017'), [], tasks);
      }
    });
    it('an alert sent to a channel everybody muted is the lead-up; support dropping a message that customers cannot order is the detection', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Disk alarm fired and the sync got blocked. The alert went to a Slack channel everybody had muted.',
            'Customer support drop message on the ops WhatsApp group that customers cannot place orders.',
            FOUND,
            FIX,
            END,
          ),
        ),
        ['other', 'detection', 'investigation', 'mitigation', 'resolution'],
      ));
    it('a synthetic check that turned red and alerted the on-call channel is the detection; more tickets are not', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            'Synthetic check on two menus turned red and alerted the on-call channel.',
            'Customers started raising tickets on WhatsApp about the old prices.',
            FOUND,
            FIX,
            END,
          ),
        ),
        ['detection', 'other', 'investigation', 'mitigation', 'resolution'],
      ));
    it('barking up the wrong tree, asking marketing, emailing the provider, a status message to all customers', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            'I was sure the database was choking. Slow query log was normal. We were barking up the wrong tree.',
            'asked marketing (Sara) what went out this morning.',
            'emailed the relay provider support asking for a quota raise.',
            'A status message was sent to all customers with the expected fix time.',
            FOUND,
            FIX,
            END,
          ),
        ),
        ['detection', 'misleading', 'escalation', 'escalation', 'other', 'investigation', 'mitigation', 'resolution'],
      ));
    it('a fix someone takes in a clause of its own, beside a confirmation, is a step; "re-established" is a recovery', () =>
      assert.deepStrictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'We create a skip rule for the sync user. The shop confirm they receive the new prices.',
            'Connections were re-established and errors returned to baseline.',
          ),
        ),
        ['detection', 'investigation', 'mitigation', 'resolution'],
      ));
  });
  describe('a recovery that starts, a step told in the present', () => {
    it('"I restarted the sync, and prices started to recover" is a step taken, not one begun', () =>
      assert.strictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'I restarted the sync, and prices started to recover. The dashboard showed fewer stale rows.',
            END,
          ),
        )[2],
        'mitigation',
      ));
    it('"They then start the service …" after a sentence that checks is a step', () =>
      assert.strictEqual(
        phases(
          doc(
            FIRST,
            FOUND,
            'Engineers stop running the sync as root, checked with ps. They then start the service as the sync user.',
            END,
          ),
        )[2],
        'mitigation',
      ));
  });
  describe('a step in the passive, a raise that did "not help at all"', () => {
    it('"sync jobs were suspended so that …" beside a check is a step', () =>
      assert.strictEqual(
        phases(
          doc(FIRST, FOUND, 'Nightly sync jobs were suspended so that a further run would not undo the fix.', END),
        )[2],
        'mitigation',
      ));
    it('"increase the replicas 20 to 40 … not help at all" is a dead end', () =>
      assert.strictEqual(
        phases(
          doc(FIRST, 'Mas Bayu increase max replicas 20 to 40. New pods also slow, not help at all.', FOUND, FIX, END),
        )[1],
        'misleading',
      ));
  });
});
