// Builds models for flowchart tests from a timeline and tasks, through the real pipeline (the flowchart reads the model).
import { readModel } from '../../src/core/index';
import type { PostmortemModel } from '../../src/core/types';

/** One timeline row: "09:32 Outage detected…" (time optional), as Markdown bullets. */
export function entries(rows: string[]): string[] {
  return rows.map((row) => {
    const m = /^(\d{1,2}:\d{2})\s+(.*)$/s.exec(row);
    return m ? `- ${m[1]} UTC - ${m[2]!.replace(/\n/g, ' ')}` : `- ${row.replace(/\n/g, ' ')}`;
  });
}

/** A postmortem with this timeline (bullets from entries()) and these tasks ("- [ ] …"). */
export function docWith(timeline: string[], tasks: string[] = [], durationMinutes?: number): PostmortemModel {
  const summary = durationMinutes === undefined ? 'What happened.' : `The outage lasted ${durationMinutes} minutes.`;
  const text = [
    '# Test',
    '',
    '## Issue Summary',
    '',
    summary,
    '',
    '## Timeline',
    '',
    ...timeline,
    '',
    '## Root cause and resolution',
    '',
    'A cause.',
    '',
    '## Corrective and preventative measures',
    '',
    ...tasks.map((t) => `- [ ] ${t}`),
    '',
  ].join('\n');
  return readModel(text, { template: 'alx-0x19' });
}

/** The seed incident report's timeline (shared/seed/incident-report-example.md). */
export const SEED_TIMELINE = [
  '09:32 Outage detected by monitoring systems.',
  '09:35 Incident response team alerted.',
  '09:40 Initial investigation identified database issues.',
  '09:50 Rollback of database update initiated.',
  '10:20 System functionality partially restored.',
  '10:47 Full system restoration confirmed, monitoring continued.',
];

/** An assignment-style (0x19) timeline with a misleading path and an escalation. */
export const ASSIGNMENT_TIMELINE = [
  '14:00 Issue detected: Monitoring alert triggered due to increased error rates.',
  '14:05 Initial investigation began: Logs and metrics from web servers and databases reviewed.',
  '14:15 Misleading path: Assumed a database bottleneck due to a recent update.',
  '14:30 Incident escalated to the DevOps team.',
  '14:45 Further investigation: Checked application logs, server health, and network configurations.',
  '15:00 Realization: Discovered traffic was being funneled to one server.',
  '15:10 Corrective action: Rolled back the recent load balancer configuration update.',
  '15:30 Confirmed traffic distribution normalized, errors decreased.',
  '17:00 Full service restoration confirmed after monitoring system stability.',
];
