// The incident's story: what each timeline entry does (detection, investigation, a misleading path, escalation,
// mitigation, resolution, other), read from the entry's own clauses and its place in the timeline.
import type { Phase } from '../types';

/** How the incident was noticed, when the detection entry says. */
export type DetectionMethod = 'monitoring' | 'customer' | 'engineer';

/** What the classifier reads of one entry. */
export interface StoryEntry {
  /** The entry's text (its first line after the time) and the text of its nested lines. */
  text: string;
  detail?: string;
}

/** What one entry's words say, before its neighbours are considered. */
interface Cues {
  alert: boolean; notice: boolean; symptom: boolean; reportOnly: boolean;
  investigate: boolean; found: boolean; hypothesis: boolean; dead: boolean;
  escalate: boolean; act: boolean; blindAct: boolean; restored: boolean; partial: boolean; onset: boolean;
  postIncident: boolean; closure: boolean;
}

const ALERT = /\b(?:alerts?|alarms?|pager\s?duty|opsgenie|monitor(?:ing|s)?|datadog|grafana|new relic|nagios|prometheus|sentry|uptime ?robot|health ?checks?|dashboards?|notifications?)\b/;
const NOTICE = /\b(?:detect\w*|notic\w*|spotted|observ\w*|realiz\w*|realis\w*|discovers? (?:the )?(?:outage|issue|problem|error)|report(?:ed|s|ing)?|complain\w*|flagged|triggered|fired|screamed|went off|first (?:sign|report|identified|noticed)|(?:issue|problem|outage|error|fault)s? (?:was |were )?(?:first )?(?:detected|identified|noticed|discovered|reported|observed|realized)|received (?:an? |the )?(?:\w+ ){0,2}(?:alert|notification|page|call|report)|exclaimed)\b/;
const SYMPTOM = /\b(?:errors?|5\d\d|down|outage|unavailable|unreachable|unresponsive|failing|fail(?:ed|ure)s?|slow\w*|latency|time-?outs?|timed out|unable|cannot|can't|could not|couldn't|crash\w*|spike\w*|not (?:loading|responding|working|accessible)|inaccessible|broken|impossib\w*|permission denied)\b/;
const REPORT_ONLY = /\b(?:(?:more|other|further|additional|several)\s+(?:\w+\s+)?(?:users?|customers?|reports?|complaints?)|complaints? (?:began|started|continued|arriv\w*|poured)|users? (?:began|started|continued) (?:to )?report\w*|reported similar)\b/;
const INVESTIGATE = /\b(?:investigat\w*|check\w*|look\w* (?:at|into|through|in)|looked|review\w*|analy[sz]\w*|debug\w*|inspect\w*|examin\w*|diagnos\w*|trac(?:ed|ing)|strace|curl\w*|ran|running|run|test\w*|verif\w*|confirm\w*|identif\w*|found|find|finds|discover\w*|reveal\w*|determin\w*|search\w*|queried|logs?|deep dive|dig\w*|explor\w*|research\w*|pinpoint\w*|narrow\w*|diagnostics|triage\w*|studied|scann\w*|ping\w*|logged (?:in|into|onto)|read\w*|crawl\w*|follow\w* (?:multiple |several )?tutorials|trying to identify|stares?)\b/;
const FOUND = /\b(?:identified|found|discovered|revealed|realized|realised|determined|pinpointed|traced|confirmed|exposed|spotted|caught|located)\b[^.]{0,80}\b(?:cause|culprit|typo|misconfigur\w*|bug|expired|responsible|leak|wrong|incorrect|misspel\w*|missing|bottleneck|fault\w*|problem was|issue was|error in|attack|ddos|hardware failure|mistake)|\b(?:root cause|cause|culprit) (?:was )?(?:identified|found|confirmed|determined|discovered|revealed)|\broot cause\b[^.]{0,20}:/;
const HYPOTHESIS = /\b(?:mislead\w*|misled|red herring|assum\w*|suspect\w*|suspicion|initial (?:theory|hypothesis)|theory|hypothes\w*|thought (?:it|that|the)|believ\w*|initial\w* (?:investigation |focus\w* |efforts? )?(?:focus\w*|concentrat\w*|centred|centered)|(?:attention|focus) (?:was |initially )?(?:on|shifted)|in case|wrong (?:path|lead|direction|track))\b/;
const DEAD = /\b(?:dead[- ]end|false (?:lead|alarm|trail|positive)|ruled out|rule out|not the (?:cause|culprit|issue|problem)|no (?:issues?|anomal\w*|abnormal\w*|evidence|problems?|improvement|effect|change|luck|success|useful)\b|found nothing|nothing (?:wrong|unusual|suspicious|useful)|did(?:n't| not) (?:help|fix|work|resolve|solve|yield|reveal|give)|(?:issue|problem|error|outage)s? (?:still |remained |was still )?persist\w*|(?:still|remained) (?:there|failing|down|broken|present|unstable|occurring)|issue still|ineffective|unsuccessful\w*|to no avail|in vain|without (?:success|luck|effect)|unhelpful|no useful|wasn't the|was not the|(?:looks?|looked|seemed) (?:innocent|fine|normal|ok)|innocent|turned out (?:not|to be (?:unrelated|fine|normal))|still broken|unable to (?:renew|fix|resolve|restore)|(?:were|was) unable to|shows? (?:its|it's|it is) ok|still trying)\b/;
const ESCALATE = /\b(?:escalat\w*|paged|page[ds]? (?:the|an?|our)|notif(?:ied|y|ying)|alerted|contacted|informed|called in|called|calls|brought in|looped in|pulled in|summoned|handed (?:over|off)|hand(?:ed)?[- ]?off|handled by|reached out|engaged|involved|assigned|arrived|joined|took (?:over|control)|stepped in|raced to|ticket (?:was )?(?:opened|raised|filed|created)|opened (?:a|an) (?:ticket|incident)|cavalry|received (?:a |an )?notification|sought help|asked (?:for help|the)|consult\w*)\b/;
const AGENT = /\b(?:team|teams|engineers?|admin\w*|developers?|devs?|managers?|lead|leads|leaders?|supervisor\w*|on-?call|dba|dbas|sre|sres|devops|ops|operations|vendor|support|authority|provider|experts?|colleagues?|cto|ceo|noc|security|network|networking|backend|back-end|frontend|infrastructure|staff|specialists?|sysadmins?|administrators?|school|customer success|i|we|us|he|she|they|[A-Z][a-z]+)\b/;
const ACT = /\b(?:roll(?:ed|ing)?[- ]?back|rollbacks?|revert\w*|restart\w*|reboot\w*|reload\w*|fail(?:ed)? ?over|scal(?:ed|ing) (?:up|out)|scaling measures|spinning up|patch\w*|hot-?fix\w*|fix(?:ed|es|ing)?|deploy\w*|applied|apply\w*|workaround|redeploy\w*|replac\w*|increas\w*|freed|clear\w*|flush\w*|disabl\w*|re-?enabl\w*|reconfigur\w*|chang\w*|updat\w*|correct\w*|implement\w*|renew\w*|kill\w*|stop(?:ped|ping)?|install\w*|purchas\w*|re-?rout\w*|rerout\w*|redistribut\w*|rebalanc\w*|mitigat\w*|manifest|puppet|chown|chmod|removed|remov\w*|renam\w*|adjust\w*|optimi[sz]\w*|power(?:s|ed)? (?:\w+ ){0,3}(?:back )?on|added|adding|disconnected|channell?ed|tuned|fine-tuning|manually (?:distribut|renew|redistribut)\w*|resolv\w*|generated|dumped|restor(?:e|ing)|migrat\w*|upgrad\w*|executed?|sed\b|edited|modified|re-?index\w*|swapped|terminated|blocked|filtered|enabled|set up|configured|allocated|cleaned|opted)\b/;
const BLIND_ACT = /\b(?:restart\w*|reboot\w*|reload\w*|roll(?:ed|ing)?[- ]?back|rollbacks?|revert\w*|clear\w* (?:\w+ )?cache|cleaned (?:his |her |their |the )?(?:\w+ )?cache|flush\w*)\b/;
const RESTORED = /\b(?:resolved|resolution|fully (?:restored|recovered|operational|functional|back|online)|full (?:\w+ )?(?:restoration|recovery|service|functionality)|back to normal|returned to normal|normal (?:operations?|service|running|performance)|all clear|incident (?:was )?(?:officially )?(?:closed|resolved|ended|over|mitigated)|closed the incident|restored|recovered|recover(?:y|ing)|back (?:online|up|in business|to work)|is live|operational|up and running|200 (?:ok|status|response)|a-ok|working (?:again|normally|properly|as expected|fine)|running (?:normally|smoothly|fine)|stabili[sz]\w*|normali[sz]\w*|resumed|solved|victorious|mission accomplished|listening on port|handling (?:user )?traffic smoothly|(?:service|site|website|system|api|server)s? (?:was |were |is |are )?(?:back|up|available)|can access|able to (?:access|connect|load|use)|successfully (?:connected|accessed|loaded)|confirm\w* (?:the )?(?:fix|resolution|stability|stable|successful)|saved the day)\b/;
const PARTIAL = /\b(?:began to|begin to|started to|starting to|beginning to|partial\w*|gradual\w*|intermittent\w*|decreas\w*|fewer|reduc\w*|continu\w* (?:to )?monitor\w*|monitoring continued|began recover\w*|still (?:unstable|degraded)|begins?\b|one problem is fixed)\b/;
const ONSET = /\b(?:(?:outage|incident|issue|problem|downtime|disruption|failure) (?:begins|began|starts|started|occurred|hit)|(?:configuration|config|code|update|deployment|sitewide update|change|push) (?:push )?(?:\w+ )?(?:begins|began|started|deployed|pushed|rolled out|released)|surge|spike in (?:user )?traffic|traffic (?:amount )?increased|brought (?:a |the )?\w+ into|accidentally|child|released|went live|was deployed)\b/;
const POST = /\b(?:postmortem|post-mortem|retro\w*|lessons learned|follow-?up|prevent future|to automate (?:the )?fix\w*|automate fixing|documentation|documented|wrote (?:a |the )?(?:puppet|script|manifest)|created (?:a )?(?:puppet|script|manifest))\b/;
const CLOSURE = /\b(?:incident (?:was )?(?:officially )?closed|closed the incident|declared (?:fully )?(?:resolved|operational)|all clear|confirm\w* (?:system |the )?stab\w*|final checks?)\b/;
const SIDE = /\b(?:coffee|cookies?|snack|nap|lunch|dinner|pizza|sleep\w*|celebrat\w*|high fives?)\b/;

const MONITORING = /\b(?:monitor\w*|alert\w*|alarm|pager\w*|datadog|grafana|prometheus|nagios|new relic|sentry|health ?check|dashboard|uptime)\b/i;
const CUSTOMER = /\b(?:customers?|users?|clients?|complain\w*|support tickets?|tweets?|twitter|teachers?|students?)\b/i;
const ENGINEER = /\b(?:engineers?|developers?|staff|team|sysadmins?|admins?|someone|we|i|intern|tester)\b/i;

// Reads the cues of one entry.
function cuesOf(e: StoryEntry): Cues {
  const t = `${e.text} ${e.detail ?? ''}`.slice(0, 2000);
  const lower = t.toLowerCase();
  const escalateAt = ESCALATE.exec(lower);
  // "escalated", "notified the DBA": a hand-off needs someone it goes to (or comes from).
  const escalate = !!escalateAt && (/escalat|handed|hand-?off|cavalry|arrived|stepped in|raced to|joined|took (?:over|control)|handled by/.test(escalateAt[0]) || AGENT.test(t));
  return {
    alert: ALERT.test(lower), notice: NOTICE.test(lower), symptom: SYMPTOM.test(lower), reportOnly: REPORT_ONLY.test(lower),
    investigate: INVESTIGATE.test(lower), found: FOUND.test(lower), hypothesis: HYPOTHESIS.test(lower), dead: DEAD.test(lower),
    escalate, act: ACT.test(lower), blindAct: BLIND_ACT.test(lower), restored: RESTORED.test(lower), partial: PARTIAL.test(lower),
    onset: ONSET.test(lower), postIncident: POST.test(lower), closure: CLOSURE.test(lower),
  };
}

/** How the issue was detected, from the detection entry's text. */
export function detectionMethod(text: string): DetectionMethod | undefined {
  if (MONITORING.test(text)) return 'monitoring';
  if (CUSTOMER.test(text)) return 'customer';
  if (ENGINEER.test(text)) return 'engineer';
  return undefined;
}

/**
 * The phase of every entry of one timeline, read in context: one detection (the first notice; events before
 * it are the lead-up), one resolution (the last restoration, or the final fix when nothing confirms it;
 * earlier restorations are mitigation, later entries the aftermath), hand-offs as escalation, attempts that
 * did not help and hypotheses as misleading, finished corrective steps as mitigation, the rest investigation
 * (or other, when nothing in the entry is about the incident).
 */
export function classifyTimeline(entries: readonly StoryEntry[]): Phase[] {
  const cues = entries.map(cuesOf);
  const n = entries.length;
  const phases: Phase[] = new Array<Phase>(n).fill('other');
  if (n === 0) return phases;

  // Detection: the first entry that notices the problem; an entry before it that only sets the scene is the lead-up.
  let detection = -1;
  for (let i = 0; i < n; i++) {
    const c = cues[i]!;
    if ((c.notice || (c.alert && (c.symptom || /\b(?:indicat|show|report|trigger|fire|detect)\w*/.test(entries[i]!.text.toLowerCase())))) && !c.reportOnly) {
      detection = i;
      break;
    }
    if (c.onset && !c.investigate) continue;
    if (c.symptom && !c.act && !c.investigate && !c.escalate && !c.onset) {
      detection = i;
      break;
    }
    break;
  }
  // The last restoration is the resolution; without one, a final fix that nothing follows up.
  let resolution = -1;
  for (let i = n - 1; i > detection; i--) {
    const c = cues[i]!;
    if ((c.restored && !c.partial) || c.closure) {
      resolution = i;
      break;
    }
  }
  if (resolution < 0) {
    for (let i = n - 1; i > detection; i--) {
      const c = cues[i]!;
      if (c.act && !c.dead) {
        resolution = i;
        break;
      }
      if (c.postIncident || SIDE.test(entries[i]!.text.toLowerCase())) continue;
      break;
    }
  }
  const causeFound = cues.findIndex((c, i) => i > detection && c.found);

  for (let i = 0; i < n; i++) {
    const c = cues[i]!;
    const text = entries[i]!.text.toLowerCase();
    if (i === detection) {
      phases[i] = 'detection';
      continue;
    }
    if (i === resolution) {
      phases[i] = 'resolution';
      continue;
    }
    if (detection >= 0 && i < detection) {
      phases[i] = c.investigate || c.act ? 'investigation' : 'other';
      continue;
    }
    if (resolution >= 0 && i > resolution) {
      phases[i] = 'other';
      continue;
    }
    // "When was it detected" / "How was it detected" split into two entries: both are the detection.
    if (i === detection + 1 && detection >= 0 && (c.notice || c.alert) && !c.investigate && !c.act && !c.escalate && !c.reportOnly && (/\bdetect|\balert/.test(text))) {
      phases[i] = 'detection';
      continue;
    }
    if (c.escalate && !(c.reportOnly)) {
      phases[i] = 'escalation';
      continue;
    }
    if (c.reportOnly) {
      phases[i] = 'other';
      continue;
    }
    if (c.dead && !(c.found && !c.hypothesis)) {
      phases[i] = c.found ? 'investigation' : 'misleading';
      continue;
    }
    if (c.restored || (c.act && !c.hypothesis && !(causeFound >= 0 && i < causeFound && c.blindAct))) {
      // A corrective step finished in the entry is mitigation, over the finding that led to it.
      if (c.act && !c.restored && c.found && !/\b(?:and|then|,)\b[^.]{0,60}\b(?:fix|correct|chang|updat|renew|replac|kill|remov|restart|appl|implement)\w*/.test(text)) {
        phases[i] = 'investigation';
        continue;
      }
      phases[i] = 'mitigation';
      continue;
    }
    if (c.hypothesis || (c.blindAct && causeFound >= 0 && i < causeFound)) {
      phases[i] = 'misleading';
      continue;
    }
    if (c.investigate || c.found || c.notice || c.symptom) {
      phases[i] = 'investigation';
      continue;
    }
    phases[i] = SIDE.test(text) || c.onset ? 'other' : detection >= 0 ? 'investigation' : 'other';
  }
  return phases;
}
