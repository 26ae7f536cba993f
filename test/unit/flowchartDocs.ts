// Builds PostmortemDocument values for flowchart tests without the parser (the flowchart reads only the model).
import type { PostmortemDocument, Task, TimelineEntry } from '../../src/core/types';

/** One timeline row: "09:32 Outage detected…" (time optional). */
export function entries(rows: string[], firstLine = 10): TimelineEntry[] {
  let first: number | undefined;
  return rows.map((row, i) => {
    const m = /^(\d{1,2}):(\d{2})\s+(.*)$/s.exec(row);
    const text = m ? m[3]! : row;
    const entry: TimelineEntry = { line: firstLine + i, shape: 'bullet', text, textColumn: 4 };
    if (m) {
      const hour = Number(m[1]);
      const minute = Number(m[2]);
      first ??= hour * 60 + minute;
      entry.time = { raw: `${m[1]}:${m[2]}`, line: firstLine + i, startColumn: 2, endColumn: 7, hour, minute, valid: true };
      entry.elapsedMinutes = hour * 60 + minute - first;
    }
    return entry;
  });
}

/** A document with this timeline and these tasks. */
export function docWith(timeline: TimelineEntry[], tasks: string[] = [], durationMinutes?: number): PostmortemDocument {
  const taskList: Task[] = tasks.map((text, i) => ({ line: 100 + i, checked: false, text }));
  return {
    lineCount: 200, title: 'Test', sections: [], timeline, tasks: taskList, mermaid: [], wordCount: 100,
    summary: durationMinutes === undefined ? {} : { durationMinutes },
  };
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
