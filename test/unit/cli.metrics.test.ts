// postmortem-lint's incident metrics: `--report json` carries them, `--report summary` aggregates them by template.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import { stats, type MetricsSummary } from '../../src/cli/summary';

function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '',
    err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd };
  return { code: main(args, io), out, err };
}

/** A postmortem whose detection, mitigation and resolution come `d`, `m` and `r` minutes after 09:00 UTC. */
function postmortem(d: number, m: number, r: number, template = 'alx-0x19'): string {
  const at = (min: number): string =>
    `${String(9 + Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')} UTC`;
  return [
    `<!-- postmortem: ${template} -->`,
    '# Postmortem: checkout errors',
    '',
    '## Issue Summary',
    '',
    '40% of users could not pay.',
    '',
    '## Timeline',
    '',
    `- ${at(0)} - Deploy of the new checkout config finished`,
    `- ${at(d)} - Pager alert fired for checkout errors`,
    `- ${at(m)} - Rolled back the config; error rate dropped`,
    `- ${at(r)} - Full service restored, incident closed`,
    '',
  ].join('\n');
}

describe('postmortem-lint incident metrics', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-metrics-'));
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write('a-postmortem.md', postmortem(10, 30, 60));
    write('b-postmortem.md', postmortem(20, 40, 90));
    write('c-postmortem.md', postmortem(5, 50, 120));
    write('d-incident.md', postmortem(2, 10, 20, 'incident-report'));
    write(
      'e-essay.md',
      '# Why postmortems matter\n\n## Introduction\n\nPostmortems help teams learn. A good postmortem is blameless.\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('median (mean of the middle two) and p90 (nearest rank)', () => {
    assert.deepStrictEqual(stats([]), { n: 0, median: null, p90: null });
    assert.deepStrictEqual(stats([30]), { n: 1, median: 30, p90: 30 });
    assert.deepStrictEqual(stats([40, 10, 30, 20]), { n: 4, median: 25, p90: 40 });
    assert.deepStrictEqual(stats([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), { n: 10, median: 5.5, p90: 9 });
  });

  it('--report json gives each file its milestones and minutes from impact start', () => {
    const r = run(['--report', 'json', 'a-postmortem.md'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const [file] = JSON.parse(r.out) as Array<{
      metrics: {
        zone: string;
        minutes: Record<string, number | null>;
        milestones: Record<string, { line: number; time: string } | null>;
      };
    }>;
    assert.deepStrictEqual(file!.metrics.minutes, { ttd: 10, tta: null, ttm: 30, ttr: 60, impact: 60 });
    assert.deepStrictEqual(
      [file!.metrics.milestones['detected']?.line, file!.metrics.milestones['detected']?.time],
      [11, '09:10 UTC'],
    );
    assert.strictEqual(file!.metrics.milestones['acknowledged'], null);
    assert.strictEqual(file!.metrics.zone, 'UTC');
  });

  it('--report summary prints count, median and p90 of TTD/TTM/TTR by template, leaving out what is not a postmortem', () => {
    const r = run(['--report', 'summary', '.'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.strictEqual(lines[0], 'Incident metrics of 4 postmortems (5 files checked)');
    assert.match(r.out, /\ntemplate +postmortems +TTD +TTM +TTR\n/);
    assert.match(r.out, /\nalx-0x19 +3 +10 min · 20 min \(3\) +40 min · 50 min \(3\) +1 h 30 min · 2 h \(3\)\n/);
    assert.match(r.out, /\nincident-report +1 +2 min · 2 min \(1\) +10 min · 10 min \(1\) +20 min · 20 min \(1\)\n/);
    assert.match(r.out, /\nall +4 +8 min · 20 min \(4\) /, 'the median of 2, 5, 10 and 20 minutes is 7.5');
    const json = JSON.parse(run(['--report', 'summary', '--format', 'json', '.'], dir).out) as MetricsSummary;
    assert.deepStrictEqual(
      json.rows.map((x) => [x.template, x.postmortems, x.ttr.median, x.ttr.p90]),
      [
        ['alx-0x19', 3, 90, 120],
        ['incident-report', 1, 20, 20],
        ['all', 4, 75, 120],
      ],
    );
  });

  it('rejects an unknown report with the choices', () => {
    const r = run(['--report', 'xml', '.'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /Unknown --report "xml": use json, summary or followups/);
  });
});
