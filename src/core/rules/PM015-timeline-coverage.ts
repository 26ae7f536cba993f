// PM015: the timeline says when and how the issue was detected, who it was escalated to, how it was resolved.
import { finding, lineRange, templateHas, type Rule } from './rule';

const ASPECTS: ReadonlyArray<{ re: RegExp; message: string }> = [
  { re: /\b(?:detect|notic|discover|spott|observ|report|alert|alarm|page[ds]?\b|paging|flagg|identif|trigger|fir(?:e|ed|ing)\b|saw\b|began|start|realis|realiz|found\b)/i, message: 'when the issue was detected' },
  { re: /\b(?:monitor|alert|alarm|pager|pagerduty|opsgenie|nagios|datadog|grafana|prometheus|uptime|customer|user|client|complain|report|ticket|tweet|dashboard|log|on-?call|engineer|health ?check)/i, message: 'how the issue was detected (monitoring alert, customer report …)' },
  { re: /\b(?:escalat|notif|paged|contact|call(?:ed)?\b|alerted|summon|assign|loop|engag|inform|involv|pull(?:ed)? in|brought in|handed|team|declar|incident commander|on-?call)/i, message: 'who the incident was escalated to' },
  { re: /\b(?:resol|restor|fix|recover|back (?:online|up|to normal)|mitigat|roll(?:ed)? ?back|revert|normal|closed|stabili[sz]|resum|renew|redeploy|deploy|patch|restart|reboot|ends?\b|ended)/i, message: 'how the incident was resolved' },
];

/** Missing aspects of the timeline (a heuristic on the entries' words; information only). */
export const timelineCoverage: Rule = {
  id: 'PM015',
  name: 'timeline-coverage',
  description: 'The timeline says when and how the issue was detected, who it was escalated to, and how it was resolved (heuristic).',
  tags: ['timeline', 'content'],
  severity: 'information',
  appliesTo: (t) => templateHas(t, 'timeline'),
  check(doc) {
    if (doc.timelineSection === undefined || doc.timeline.length === 0) return [];
    const s = doc.sections[doc.timelineSection]!;
    const text = doc.timeline.map((e) => e.text).join('\n');
    return ASPECTS.filter((a) => !a.re.test(text)).map((a) => finding(this, `Timeline does not say ${a.message}`, lineRange(doc, s.headingLine)));
  },
};
