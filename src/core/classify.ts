// Sorts timeline entries into the phases of an incident's story by keyword heuristics (pure, deterministic).
import type { TimelineEntry } from './types';

/** The part an entry plays in the incident's story. */
export type Phase = 'detection' | 'investigation' | 'misleading' | 'escalation' | 'mitigation' | 'resolution' | 'other';

/** How the incident was noticed, when the detection entry says. */
export type DetectionMethod = 'monitoring' | 'customer' | 'engineer';

const MISLEADING = /\b(mislead\w*|misled|red herring|dead[- ]end|false (?:lead|alarm|trail|positive)|wrong(?:ly)? (?:path|lead|assum\w*|suspect\w*)|assum(?:ed|ption|ing)|suspect(?:ed|ing)|thought (?:it|the)|turned out (?:not|to be unrelated)|ruled out|not the (?:cause|culprit|issue|problem)|(?:no|without) (?:effect|improvement|change|success|luck)|did(?:n't| not) (?:help|fix|work|resolve|solve)|unrelated|incorrect(?:ly)?)\b/i;
const ESCALATION = /\b(escalat\w*|paged|page[sd]? (?:the )?on[- ]?call|(?:team|engineers?|lead|manager|sre|devops|on[- ]?call|dba|experts?|vendor|support)\b[^.]{0,40}\b(?:alerted|notified|paged|called|engaged|involved|contacted|informed|summoned|joined)|(?:notified|alerted|contacted|informed|engaged|involved|called in|looped in|brought in|handed (?:over|off)|reached out)\b[^.]{0,40}\b(?:team|engineers?|lead|manager|sre|devops|on[- ]?call|dba|experts?|vendor|support|cto|ceo))/i;
const RESOLUTION = /\b(resolved|resolution|fully (?:restored|recovered|operational|functional)|full (?:\w+ )?(?:restoration|recovery|service)|back to normal|returned to normal|normal operation|all clear|incident (?:closed|ended|over)|service (?:was )?restored|restored|recovered|closed|stabili[sz]ed|normali[sz]ed|operational again|back online|back up)\b/i;
const PARTIAL = /\b(partial(?:ly)?|some|began|started|initiated|in progress)\b/i;
const MITIGATION = /\b(mitigat\w*|roll(?:ed)?[- ]?back|rollback|revert(?:ed|ing)?|restart(?:ed|ing)?|reboot(?:ed)?|failover|failed over|fail(?:ed)? over|scal(?:ed|ing) (?:up|out)|patch(?:ed|ing)?|hot[- ]?fix|fix(?:ed)? (?:was )?(?:deployed|applied|pushed)|deploy(?:ed)? (?:a |the )?fix|applied|workaround|corrective action|redeploy(?:ed)?|replaced|increased|freed|cleared|flushed|disabled|re-?enabled|reconfigured|changed|updated|corrected|implemented)\b/i;
const DETECTION = /\b(detect(?:ed|ion)?|alert(?:ed|s)?|alarm|monitor(?:ing)?|pager(?:duty)?|noticed|spotted|observed|report(?:ed|s)?|complain\w*|outage (?:began|started)|issue (?:began|started|arose)|went down|first (?:sign|report|noticed))\b/i;
const INVESTIGATION = /\b(investigat\w*|check(?:ed|ing)?|look(?:ed|ing) (?:at|into)|review(?:ed|ing)?|analy[sz]\w*|debug\w*|inspect\w*|examin\w*|log(?:s)?|diagnos\w*|trac(?:ed|ing)|identif\w*|found|discover\w*|root cause|tested|verified|confirmed|ran|queried|realiz\w*|realis\w*)\b/i;

const MONITORING = /\b(monitor\w*|alert\w*|alarm|pager\w*|datadog|grafana|prometheus|nagios|new relic|sentry|health ?check|dashboard|uptime)\b/i;
const CUSTOMER = /\b(customers?|users?|clients?|complain\w*|support tickets?|tweets?|twitter)\b/i;
const ENGINEER = /\b(engineers?|developers?|staff|team members?|someone|we|i) (?:noticed|saw|spotted|realized|found)\b/i;

/** The phase one entry's text suggests, before looking at its neighbours. */
export function phaseOf(text: string): Phase {
  if (MISLEADING.test(text)) return 'misleading';
  if (ESCALATION.test(text)) return 'escalation';
  if (RESOLUTION.test(text)) return PARTIAL.test(text) ? 'mitigation' : 'resolution';
  if (MITIGATION.test(text)) return 'mitigation';
  if (DETECTION.test(text)) return 'detection';
  if (INVESTIGATION.test(text)) return 'investigation';
  return 'other';
}

/** How the issue was detected, from the detection entry's text. */
export function detectionMethod(text: string): DetectionMethod | undefined {
  if (MONITORING.test(text)) return 'monitoring';
  if (CUSTOMER.test(text)) return 'customer';
  if (ENGINEER.test(text)) return 'engineer';
  return undefined;
}

/**
 * Classifies a whole timeline: one detection (the first detection-like entry, else the first entry when the
 * story is recognisable), one resolution (the last resolution-like entry; earlier ones become mitigation),
 * everything else by its own text. Returns `'other'` throughout when nothing is recognisable.
 */
export function classifyTimeline(entries: readonly TimelineEntry[]): Phase[] {
  const phases = entries.map((e) => phaseOf(e.text));
  if (phases.every((p) => p === 'other')) return phases;
  const firstDetection = phases.indexOf('detection');
  phases.forEach((p, i) => {
    if (p === 'detection' && i !== firstDetection) phases[i] = 'investigation';
  });
  if (firstDetection === -1 && phases[0] !== 'misleading' && phases[0] !== 'resolution') phases[0] = 'detection';
  const lastResolution = phases.lastIndexOf('resolution');
  phases.forEach((p, i) => {
    if (p === 'resolution' && i !== lastResolution) phases[i] = 'mitigation';
  });
  return phases.map((p) => (p === 'other' ? 'investigation' : p));
}
