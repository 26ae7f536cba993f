// The model as plain JSON for scripts (`postmortem-lint --report json`): sections, timeline with phases, tasks.
import { MILESTONES } from '../story/metrics';
import type { IncidentDurations, Milestone, MilestoneKind, Phase, PostmortemModel } from '../types';

/** A milestone in the report (line 1-based; `time` as shown in the metrics' zone, `written` as in the text). */
export interface MilestoneReport {
  line: number;
  source: Milestone['source'];
  time: string | null;
  written: string | null;
  iso: string | null;
}

/** The incident metrics in the report: minutes from impact start, null when unknown. */
export interface MetricsReport {
  zone: string | null;
  milestones: Record<MilestoneKind, MilestoneReport | null>;
  minutes: Record<keyof IncidentDurations, number | null>;
  conflicts: Array<{ earlier: MilestoneKind; later: MilestoneKind; minutes: number; line: number }>;
  unknown: string[];
}

/** One file's report (lines are 1-based). */
export interface ModelReport {
  template: string;
  words: number;
  postmortem: boolean;
  sections: Array<{
    title: string;
    line: number;
    templateSection: string | null;
    by?: 'title' | 'content' | 'opening';
  }>;
  timeline: Array<{ line: number; time: string | null; zone: string | null; phase: Phase; text: string }>;
  tasks: Array<{ line: number; text: string; done: boolean | null; owner: string | null; due: string | null }>;
  metrics: MetricsReport;
}

/** The report of a model. */
export function modelReport(m: PostmortemModel): ModelReport {
  const bySection = new Map(m.regions.filter((r) => r.section !== undefined).map((r) => [r.section!, r]));
  const sections: ModelReport['sections'] = m.sections.map((s, i) => {
    const r = bySection.get(i);
    return r
      ? { title: s.title, line: s.headingLine + 1, templateSection: r.templateSectionId, by: r.by }
      : { title: s.title, line: s.headingLine + 1, templateSection: null };
  });
  for (const r of m.regions) {
    if (r.by === 'opening')
      sections.push({
        title: m.template.sections[r.templateIndex]!.title,
        line: r.anchorLine + 1,
        templateSection: r.templateSectionId,
        by: 'opening',
      });
  }
  sections.sort((a, b) => a.line - b.line);
  return {
    template: m.template.id,
    words: m.words,
    postmortem: m.reading.postmortem,
    sections,
    timeline: (m.timeline?.entries ?? []).map((e) => ({
      line: e.line + 1,
      time: e.time?.raw ?? null,
      zone: e.time?.zone?.raw ?? null,
      phase: e.phase,
      text: e.detail ? `${e.text} ${e.detail}`.trim() : e.text,
    })),
    tasks: m.tasks.map((t) => ({
      line: t.line + 1,
      text: t.text,
      done: t.checked ?? null,
      owner: t.owner ?? null,
      due: t.deadline ?? null,
    })),
    metrics: metricsReport(m),
  };
}

/** The metrics of a model as JSON. */
export function metricsReport(m: PostmortemModel): MetricsReport {
  const x = m.metrics;
  const milestones = {} as MetricsReport['milestones'];
  for (const k of MILESTONES) {
    const s = x.milestones[k];
    milestones[k] = s
      ? { line: s.line + 1, source: s.source, time: s.display ?? null, written: s.written ?? null, iso: s.iso ?? null }
      : null;
  }
  const d = x.durations;
  return {
    zone: x.zone ?? null,
    milestones,
    minutes: {
      ttd: d.ttd ?? null,
      tta: d.tta ?? null,
      ttm: d.ttm ?? null,
      ttr: d.ttr ?? null,
      impact: d.impact ?? null,
    },
    conflicts: x.conflicts.map((c) => ({ earlier: c.earlier, later: c.later, minutes: c.minutes, line: c.line + 1 })),
    unknown: [...x.unknown],
  };
}
