// PM024: the document does not read as a postmortem (an essay, a how-to, an empty outline): said once.
import { documentRange, finding, type Rule } from './rule';

/** One finding instead of a cascade of missing-section errors; the runner then skips the content rules. */
export const notAPostmortem: Rule = {
  id: 'PM024',
  name: 'not-a-postmortem',
  description:
    'The document reads as a postmortem of an incident (not an essay or a how-to about postmortems, not an empty outline).',
  tags: ['content'],
  severity: 'warning',
  always: true,
  check(m) {
    if (m.reading.postmortem) return [];
    return [
      finding(this, `Does not read as a postmortem: ${m.reading.why ?? 'no incident is described'}`, documentRange(m)),
    ];
  },
};
