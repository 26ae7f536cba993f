// Computes fixes for findings whose rule gave none: insert a missing section, add a zone, sort the timeline.
import { addZoneFix, insertSectionFix, sortTimelineFix } from '../core/fixes';
import { splitLines } from '../core/textEdits';
import type { Finding, Fix, LintResult } from '../core/types';

/** The fixes the editor can compute itself for a finding (empty when it knows none). */
export function fallbackFixes(finding: Finding, lint: LintResult, text: string): Fix[] {
  const lines = splitLines(text);
  const { document: doc, template } = lint;
  const name = finding.ruleName;
  if (/^(required|missing)-sections?$/.test(name)) {
    const message = finding.message.toLowerCase();
    const missing = template.sections.filter((s) => !doc.sections.some((d) => d.templateSectionId === s.id));
    const section = missing.find((s) => message.includes(s.title.toLowerCase())) ?? (missing.length === 1 ? missing[0] : undefined);
    const fix = section && insertSectionFix(doc, template, section.id);
    return fix ? [fix] : [];
  }
  if (/timezone|time-zone/.test(name)) {
    const line = finding.range.startLine;
    const stamp = doc.timeline.find((e) => e.line === line && e.time && !e.time.zone)?.time
      ?? (doc.summary.start?.line === line && !doc.summary.start.zone ? doc.summary.start : undefined);
    return stamp ? [addZoneFix(stamp, dominantZone(lint))] : [];
  }
  if (/timeline-(order|sorted|chrono)/.test(name)) {
    const fix = sortTimelineFix(doc, lines);
    return fix ? [fix] : [];
  }
  return [];
}

/** The zone the document uses most (so an added zone matches its neighbours), else UTC. */
export function dominantZone(lint: LintResult): string {
  const counts = new Map<string, number>();
  for (const e of lint.document.timeline) {
    const raw = e.time?.zone?.raw;
    if (raw) counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ?? lint.document.summary.zone?.raw ?? 'UTC';
}
