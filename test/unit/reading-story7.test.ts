// The story of a timeline (seventh set, from the sixth holdout's round): a failure an entry gets past, numbers easing
// as recovery, a process restarting by itself, a suspected change tested and cleared, "calls" as a noun, an alert
// given as "<tool> alert:", a fix that made things worse, a cache warmed, and a change made before anything was seen
// to be wrong. One paraphrased fixture per pattern (own sentences about other incidents).
import * as assert from 'assert';
import { phases, storyDocs } from './helpers/storyDocs';

const REST = `
## Root cause and resolution

A firewall script closed the web ports; opening them fixed it.

## Corrective and preventative measures

- [ ] Test firewall scripts on staging
- [ ] Alert when port 443 stops answering
`;

const { doc } = storyDocs('The gallery site was unreachable.', REST);
const FIRST = 'A visitor emails that the gallery does not open.';
const FOUND = 'Femi finds port 443 closed in the firewall rules.';
const END = 'Port 443 opened, the gallery works again.';

describe('reading: the story of a timeline, seventh set', () => {
  it('a failure the entry gets past ("… it failed first … We allowed port 80 and ran it again, success.") is mitigation', () =>
    assert.strictEqual(
      phases(
        doc(
          FIRST,
          FOUND,
          'Ran the renewal by hand, it failed first because port 80 was shut. We allowed port 80 and ran it again, success.',
          END,
        ),
      )[2],
      'mitigation',
    ));
  it('undoing a failed attempt in the same entry ("… broke the admin page too. Rule removed.") stays misleading', () =>
    assert.strictEqual(
      phases(
        doc(
          FIRST,
          'A geo-block rule is added, but it locks out the admin page too, making it worse. Rule removed.',
          FOUND,
          END,
        ),
      )[1],
      'misleading',
    ));
  it('"latency started going down and logins succeeded again" is recovery under way', () =>
    assert.strictEqual(
      phases(
        doc(
          FIRST,
          FOUND,
          'Gallery latency started going down and uploads succeeded again.',
          'Quiet for thirty minutes, incident closed.',
        ),
      )[2],
      'mitigation',
    ));
  it('a restart the next entry confirms ("all working") is mitigation, the confirmation the resolution', () =>
    assert.deepStrictEqual(
      phases(
        doc(FIRST, 'Restarted the web server and the image service.', 'Uploads tested by two editors, all working.'),
      ).slice(1),
      ['mitigation', 'resolution'],
    ));
  it('"the process restarted 4 times" is what was seen, not a fix', () =>
    assert.strictEqual(
      phases(
        doc(FIRST, 'I looked at the dashboard: memory at 95% and the image process restarted 4 times.', FOUND, END),
      )[1],
      'investigation',
    ));
  it('a suspected change tested and cleared ("checks whether the key was revoked … The key is valid") is misleading', () =>
    assert.strictEqual(
      phases(
        doc(
          FIRST,
          'The team checks whether the storage key was revoked during the vault move. The key is valid.',
          FOUND,
          END,
        ),
      )[1],
      'misleading',
    ));
  it('"checked if nginx was running" is routine triage', () =>
    assert.strictEqual(
      phases(doc(FIRST, 'We first checked if nginx was running with ps aux.', FOUND, END))[1],
      'investigation',
    ));
  it('"calls" as a noun ("96% of today\'s calls") is not a hand-off', () =>
    assert.strictEqual(
      phases(doc(FIRST, FOUND, "One crawler made 96% of today's calls. The crawler is blocked at once.", END))[2],
      'mitigation',
    ));
  it('"<tool> alert: … returns HTTP 400" is the detection', () =>
    assert.strictEqual(phases(doc('Pingdom alert: gallery.example returns HTTP 403.', FOUND, END))[0], 'detection'));
  it('a fix after which "load got worse, not better" is a misleading path', () =>
    assert.strictEqual(
      phases(doc(FIRST, 'Web tier scaled from 2 to 6 nodes. Database load got worse, not better.', FOUND, END))[1],
      'misleading',
    ));
  it('"a warm-up script loaded the top pages into Redis" is a fix', () =>
    assert.strictEqual(
      phases(
        doc(
          FIRST,
          FOUND,
          'A warm-up script loaded the 500 most viewed pages into Redis.',
          'Quiet for thirty minutes, incident closed.',
        ),
      )[2],
      'mitigation',
    ));
  it('a change made before anything was seen to be wrong is the lead-up; the first notice is the detection', () =>
    assert.deepStrictEqual(
      phases(
        doc(
          'I ran my new firewall script after watching a security video.',
          'While checking the gallery on my phone I noticed the page never loaded.',
          FOUND,
          'Ran ufw allow 443 and reloaded it. The gallery loaded on my phone and the shop answered again.',
        ),
      ),
      ['other', 'detection', 'investigation', 'resolution'],
    ));
});
