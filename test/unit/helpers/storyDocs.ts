// Builders shared by the reading-story tests: an assignment postmortem around some timeline entries, and what the
// engine reads from it (the phase of each entry, the coverage findings).
import { lint, modelReport, readModel } from '../../../src/core/index';

export const ALX = { template: 'alx-0x19' } as const;

/** PM015's message when the timeline does not say how the issue was detected. */
export const HOW = 'Timeline does not say how the issue was detected (monitoring alert, customer report …)';

export interface StoryDocs {
  /** A postmortem whose timeline is the given entries at the given clock times (HH:MM, UTC), one bullet each. */
  readonly timed: (...rows: Array<[string, string]>) => string;
  /** A postmortem whose timeline is the given entries, one bullet each, five minutes apart from 10:00 UTC. */
  readonly doc: (...lines: string[]) => string;
}

/** Postmortem builders with the given one-line summary and the sections after the timeline (`rest`). */
export function storyDocs(summary: string, rest: string): StoryDocs {
  const timed = (...rows: Array<[string, string]>): string =>
    `# Q\n\n## Issue Summary\n\n${summary}\n\n## Timeline\n\n${rows
      .map(([t, l]) => `- ${t} UTC - ${l}`)
      .join('\n')}\n${rest}`;
  const doc = (...lines: string[]): string =>
    timed(...lines.map((l, i): [string, string] => [`10:${String(i * 5).padStart(2, '0')}`, l]));
  return { timed, doc };
}

/** The phase of each timeline entry, in file order. */
export const phases = (md: string): string[] => modelReport(readModel(md, ALX)).timeline.map((e) => e.phase);

/** PM015's messages (what the timeline does not cover). */
export const pm015 = (md: string): string[] =>
  lint(md, ALX)
    .findings.filter((f) => f.ruleId === 'PM015')
    .map((f) => f.message);
