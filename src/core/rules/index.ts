// Every rule, in id order.
import type { RuleMeta } from '../types';
import { requiredSections } from './PM001-required-sections';
import { sectionOrder } from './PM002-section-order';
import { timelineTimezone } from './PM003-timeline-timezone';
import { duplicateSections } from './PM004-duplicate-sections';
import { wordCount } from './PM005-word-count';
import { summaryDuration } from './PM006-summary-duration';
import { summaryStartEnd } from './PM007-summary-start-end';
import { summaryTimezone } from './PM008-summary-timezone';
import { summaryImpact } from './PM009-summary-impact';
import { summaryUsersAffected } from './PM010-summary-users-affected';
import { summaryRootCause } from './PM011-summary-root-cause';
import { timelineFormat } from './PM012-timeline-format';
import { timelineOrder } from './PM013-timeline-order';
import { timelineEntryLength } from './PM014-timeline-entry-length';
import { timelineCoverage } from './PM015-timeline-coverage';
import { durationMismatch } from './PM016-duration-mismatch';
import { correctiveTaskList } from './PM017-corrective-task-list';
import { actionItemOwner } from './PM018-action-item-owner';
import { placeholders } from './PM019-placeholders';
import { mergeConflict } from './PM020-merge-conflict';
import { invalidTime } from './PM021-invalid-time';
import { sectionByContent } from './PM022-section-by-content';
import { emptySection } from './PM023-empty-section';
import { notAPostmortem } from './PM024-not-a-postmortem';
import { taskListMarkup } from './PM025-task-list-markup';
import { milestoneOrder } from './PM026-milestone-order';
import { blamelessLanguage } from './PM027-blameless-language';
import { actionItemWording } from './PM028-action-item-wording';
import { actionItemOverdue } from './PM029-action-item-overdue';
import type { Rule } from './rule';

/** All rules the linter runs. */
export const allRules: readonly Rule[] = [
  requiredSections,
  sectionOrder,
  timelineTimezone,
  duplicateSections,
  wordCount,
  summaryDuration,
  summaryStartEnd,
  summaryTimezone,
  summaryImpact,
  summaryUsersAffected,
  summaryRootCause,
  timelineFormat,
  timelineOrder,
  timelineEntryLength,
  timelineCoverage,
  durationMismatch,
  correctiveTaskList,
  actionItemOwner,
  placeholders,
  mergeConflict,
  invalidTime,
  sectionByContent,
  emptySection,
  notAPostmortem,
  taskListMarkup,
  milestoneOrder,
  blamelessLanguage,
  actionItemWording,
  actionItemOverdue,
];

/** Rule metadata for adapters (docs path relative to the repository / extension root). */
export const ruleMetas: readonly RuleMeta[] = allRules.map((r) => ({
  id: r.id,
  name: r.name,
  description: r.description,
  tags: r.tags,
  severity: r.severity,
  fixAll: r.fixAll === true,
  docs: `docs/rules/${r.id}.md`,
}));

/** Finds a rule by id ('PM003') or name ('timeline-timezone'). */
export function getRule(idOrName: string): Rule | undefined {
  const k = idOrName.toLowerCase();
  return allRules.find((r) => r.id.toLowerCase() === k || r.name === k);
}
