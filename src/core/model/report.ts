// The model as plain JSON for scripts (`postmortem-lint --report json`): sections, timeline with phases, tasks.
import type { Phase, PostmortemModel } from '../types';

/** One file's report (lines are 1-based). */
export interface ModelReport {
  template: string;
  words: number;
  postmortem: boolean;
  sections: Array<{ title: string; line: number; templateSection: string | null; by?: 'title' | 'content' | 'opening' }>;
  timeline: Array<{ line: number; time: string | null; zone: string | null; phase: Phase; text: string }>;
  tasks: Array<{ line: number; text: string; done: boolean | null; owner: string | null; due: string | null }>;
}

/** The report of a model. */
export function modelReport(m: PostmortemModel): ModelReport {
  const bySection = new Map(m.regions.filter((r) => r.section !== undefined).map((r) => [r.section!, r]));
  const sections: ModelReport['sections'] = m.sections.map((s, i) => {
    const r = bySection.get(i);
    return r ? { title: s.title, line: s.headingLine + 1, templateSection: r.templateSectionId, by: r.by } : { title: s.title, line: s.headingLine + 1, templateSection: null };
  });
  for (const r of m.regions) {
    if (r.by === 'opening') sections.push({ title: m.template.sections[r.templateIndex]!.title, line: r.anchorLine + 1, templateSection: r.templateSectionId, by: 'opening' });
  }
  sections.sort((a, b) => a.line - b.line);
  return {
    template: m.template.id,
    words: m.words,
    postmortem: m.reading.postmortem,
    sections,
    timeline: (m.timeline?.entries ?? []).map((e) => ({
      line: e.line + 1, time: e.time?.raw ?? null, zone: e.time?.zone?.raw ?? null, phase: e.phase,
      text: e.detail ? `${e.text} ${e.detail}`.trim() : e.text,
    })),
    tasks: m.tasks.map((t) => ({ line: t.line + 1, text: t.text, done: t.checked ?? null, owner: t.owner ?? null, due: t.deadline ?? null })),
  };
}
