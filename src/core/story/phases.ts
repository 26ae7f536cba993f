// The incident's story: what each timeline entry does (detection, investigation, a misleading path, escalation,
// mitigation, resolution, other), read from each entry's cues (story/cues) and its place in the timeline.
import type { Phase } from '../types';
import {
  ALERT,
  actInFinding,
  contentWords,
  cuesOf,
  fixedAfterFailure,
  INVESTIGATED,
  SIDE,
  type StoryEntry,
} from './cues';

/** A finding about the cause (not "showed only 61% used", which clears a suspect). */
/** What an alert, monitor or dashboard did when it tells of the problem. */
const ALERT_DID =
  /^[^\w-]*(?:[\w-]+ ){0,3}alerts?\s*:|\b(?:indicat|show|report|trigger|fire|detect|rais|acknowledg|warn|receiv|reach|sen[dt])\w*|\back\b|\b(?:says|said|goes off|went off|turn(?:ed|s)? red|went red|goes red)\b|\bpost(?:ed|s)\b|\b(?:above|over|exceed\w*|greater than|higher than|more than|below|less than)\s*~?\d|[<>]=?\s*~?\d/;
/** Where one sentence of an entry ends. */
const SENTENCE_BREAK = /[.!?;](?:\s|$)/;
const REAL_FINDING =
  /\b(?:found|finds|identified|discovered|revealed|traced|pinpointed|spotted|realized|realised)\b|\b(?:showed|shows|indicated)\b[^.]{0,60}?\b(?:errors?|fail\w*|missing|wrong|typo|enoent|denied|refused|exception|crash\w*|leak|expired|misconfigur\w*|not found|no such)\b/;

// Responders being paged ("the on-call engineers were notified", "Operations team alerted and began …") or a ticket opened.
const INITIAL_PAGE =
  /\b(?:(?:was|were|got|been|being) (?:\w+ )?(?:notified|alerted|paged)|(?:notified|alerted|paged)(?=\s*(?:and|,|\.|;|$))|received (?:a |an )?notification|ticket (?:was )?(?:opened|raised|filed|created)|opened (?:a|an) ticket)/i;
const HAND_OFF =
  /\b(?:escalat\w*|handed|hand-?off|contacted|informed|(?:called|brought|looped|pulled) in(?:to)?|summoned|reached out|involv\w*|arrived|took (?:over|control)|stepped in)\b/i;

/**
 * True when an escalation entry is the first page right after detection ("the on-call engineers were notified"):
 * responders being alerted, not the incident being handed to another team or person.
 */
export function isInitialPage(entries: readonly StoryEntry[], phases: readonly Phase[], i: number): boolean {
  const detection = phases.indexOf('detection');
  if (detection < 0 || phases[i] !== 'escalation') return false;
  let prev = i - 1;
  while (prev > detection && phases[prev] === 'detection') prev--;
  const text = `${entries[i]!.text} ${entries[i]!.detail ?? ''}`;
  return prev === detection && INITIAL_PAGE.test(text) && !HAND_OFF.test(text);
}

/**
 * The phase of every entry of one timeline, read in context: one detection (the first notice; events before
 * it are the lead-up), one resolution (the last restoration, or the final fix when nothing confirms it;
 * earlier restorations are mitigation, later entries the aftermath), hand-offs as escalation, attempts that
 * did not help and hypotheses as misleading, finished corrective steps as mitigation, the rest investigation
 * (or other, when nothing in the entry is about the incident).
 */
export function classifyTimeline(entries: readonly StoryEntry[], keys?: ReadonlyArray<number | undefined>): Phase[] {
  // A timeline written newest first: read the story in time order, give each entry its phase back in file order.
  if (keys && runsBackwards(keys)) return classifyInOrder([...entries].reverse()).reverse();
  return classifyInOrder(entries);
}

/** True when the entries' times mostly run backwards (at least two steps back, more than twice the steps forward). */
export function runsBackwards(keys: ReadonlyArray<number | undefined>): boolean {
  let back = 0,
    forward = 0,
    prev: number | undefined;
  for (const k of keys) {
    if (k === undefined) continue;
    if (prev !== undefined) {
      if (k < prev) back++;
      else if (k > prev) forward++;
    }
    prev = k;
  }
  return back >= 2 && back > 2 * forward;
}

function classifyInOrder(entries: readonly StoryEntry[]): Phase[] {
  const cues = entries.map(cuesOf);
  const n = entries.length;
  // The entry's own line, lowercased (its description, when the time stands alone on the line above it).
  const heads = entries.map((e) => (e.text || e.detail || '').toLowerCase());
  const phases: Phase[] = new Array<Phase>(n).fill('other');
  if (n === 0) return phases;

  // Detection: the first entry that notices the problem; entries before it that only set the scene are the lead-up.
  let detection = -1;
  // An explicit notice: someone noticed, an alert fired or crossed a threshold, someone reported it.
  const notices = (i: number): boolean => {
    const c = cues[i]!;
    return (
      (c.notice ||
        c.report ||
        (c.alert &&
          (c.symptom ||
            // What the alert did, in the sentence that names it ("the dashboard shows 5xx"; not "in the flags
            // dashboard, I switch it on. I was sure the dropdown said staging").
            heads[i]!.split(SENTENCE_BREAK).some((sentence) => ALERT.test(sentence) && ALERT_DID.test(sentence))))) &&
      !c.reportOnly
    );
  };
  // Whether an entry so far has named something wrong: a check before that ("ran my new hardening script") is
  // not work on a problem nobody has seen yet.
  let problemSeen = false;
  for (let i = 0; i < n; i++) {
    const c = cues[i]!;
    problemSeen ||= c.symptom || c.dead || c.alert;
    // "Nobody noticed yet", "shut down as planned": what happened before anyone knew.
    if (c.leadUp) continue;
    if (notices(i)) {
      detection = i;
      break;
    }
    if (c.symptom && !c.act && !c.investigate && !c.escalate && !c.onset && !c.hypothesis) {
      // A bare symptom followed at once by someone noticing it: the symptom is the lead-up, the notice the detection.
      detection = i + 1 < n && !cues[i + 1]!.leadUp && notices(i + 1) ? i + 1 : i;
      break;
    }
    // Work on the incident before any notice: the timeline does not say when it was detected. (A change made
    // before anything was noticed — a deploy, an upgrade — is the lead-up, not work on the incident.)
    // A fix that did not help, a restoration or the close of the incident is work on it too: a notice written after them
    // (an alert found later) is not the detection, and does not turn the story before it into the lead-up.
    // (A belief voiced while making the change that caused it is the lead-up too: "I was so sure it said staging".)
    if ((problemSeen && INVESTIGATED.test(heads[i]!)) || c.escalate || (c.hypothesis && !c.onset)) break;
    if ((c.dead && c.act) || c.restored || c.closure) break;
  }
  // A check whose result reads as working before anyone fixed anything ("curl on the box answers 200 — so the app is
  // working?!"): what the check saw, not a restoration.
  const seenWorking = new Array<boolean>(n).fill(false);
  for (let i = 0, fixed = false; i < n; i++) {
    const c = cues[i]!;
    seenWorking[i] =
      c.restored &&
      !c.strong &&
      !c.closure &&
      !c.act &&
      !fixed &&
      (INVESTIGATED.test(heads[i]!) ||
        /\bcurl|\b(?:for me|myself|on my (?:laptop|phone|machine|computer))\b|\bi (?:open|opened|tried|try|visit\w*|load\w*)\b/.test(
          heads[i]!,
        ));
    // (A fix tried on a guess is no fix: "I think the processes crashed, so I restart them".)
    fixed ||= c.act && !c.dead && !c.hypothesis;
  }
  // The last restoration is the resolution; without one, a final fix that nothing follows up.
  let resolution = -1;
  // An entry that closes the incident ("Incident closed.") ends it: what follows is the aftermath, even a step that
  // brings something back.
  for (let i = detection + 1; i < n; i++) if (cues[i]!.closure) resolution = i;
  for (let i = n - 1; i > detection && resolution < 0; i--) {
    const c = cues[i]!;
    // Relief the entry itself takes back ("dropped for a minute and then climbed right back") is no restoration.
    if ((c.restored && !seenWorking[i] && (c.strong || (!c.partial && !c.dead))) || c.closure) {
      resolution = i;
      break;
    }
    // Nobody suspects or fails after the incident is over: a restoration before such a step was not the end.
    if ((c.hypothesis || c.dead) && !c.postIncident && !c.relief) break;
  }
  if (resolution < 0) {
    for (let i = n - 1; i > detection; i--) {
      const c = cues[i]!;
      if (c.act && !c.dead) {
        resolution = i;
        break;
      }
      if (c.postIncident || c.monitorOnly || c.reportOnly || SIDE.test(heads[i]!)) continue;
      // The story's last step, when nothing in it is still wrong: how the author ends the incident ("last demo, app
      // loads instantly"), in words the restoration cues do not know.
      // A step that still investigates is not an ending, nor is anything in a story that has neither a detection nor
      // a fix before it (a list of unrelated events).
      const open = c.dead || c.hypothesis || c.escalate || c.symptom || c.clean || c.notice || c.report;
      const begun = detection >= 0 || cues.some((b, j) => j < i && b.act && !b.dead);
      if (begun && !open && !c.investigate && !c.finding && !c.probe) resolution = i;
      break;
    }
  }
  const causeFound = cues.findIndex((c, i) => i > detection && c.found);
  // Words of what was suspected so far, to tell a closed path ("no issues with the database") from a routine check.
  const suspects = new Set<string>();
  // For each entry, the first later entry that is not one more blind attempt (worked out once, from the end: a walk
  // per entry would be quadratic in a long run of restarts).
  const afterBlind = new Int32Array(n);
  for (let i = n - 1, next = n; i >= 0; i--) {
    afterBlind[i] = next;
    const c = cues[i]!;
    if (!(c.blindAct && !c.restored && !c.partial)) next = i;
  }
  const tried = (i: number): boolean => {
    // A blind attempt (restart, rollback, cache clear) not followed by any improvement: a path that did not help.
    const next = cues[afterBlind[i]!];
    return (
      !!next &&
      !next.restored &&
      !next.partial &&
      !next.act &&
      (next.investigate || next.escalate || next.hypothesis || next.finding)
    );
  };

  // Whether an entry before this one has a phase other than 'other' (kept as the loop goes: asking the slice
  // before each entry would be quadratic in the number of entries).
  let placed = false;
  let seenBefore = false;
  for (let i = 0; i < n; i++) {
    if (i > 0 && phases[i - 1] !== 'other') placed = true;
    const c = cues[i]!;
    const text = `${entries[i]!.text} ${entries[i]!.detail ?? ''}`.toLowerCase();
    const words = contentWords(text);
    const wasSuspect = words.some((w) => suspects.has(w));
    if (c.hypothesis) for (const w of words) suspects.add(w);
    if (i === detection) {
      phases[i] = 'detection';
      continue;
    }
    if (i === resolution) {
      phases[i] = 'resolution';
      continue;
    }
    if ((detection >= 0 && i < detection) || (detection < 0 && c.onset && !placed)) {
      // A check before the detection is investigation only once something wrong has been named.
      seenBefore ||= c.symptom || c.dead || (c.alert && !c.leadUp);
      phases[i] = INVESTIGATED.test(text) && !c.onset && seenBefore ? 'investigation' : 'other';
      continue;
    }
    if (resolution >= 0 && i > resolution) {
      phases[i] = 'other';
      continue;
    }
    // "When was it detected" / "How was it detected" split into two entries: both are the detection.
    if (
      i === detection + 1 &&
      detection >= 0 &&
      (((c.notice || c.alert) &&
        !c.investigate &&
        !c.act &&
        !c.escalate &&
        !c.reportOnly &&
        /\bdetect|\balert/.test(text)) ||
        /^\W*how\b.{0,40}\bdetected\b/.test(text))
    ) {
      phases[i] = 'detection';
      continue;
    }
    if (c.outreach && !c.act && !c.restored) {
      phases[i] = 'other';
      continue;
    }
    if (c.escalate && !c.reportOnly) {
      phases[i] = 'escalation';
      continue;
    }
    // One more report after the detection ("a partner emails that our webhooks fail"), with no work on it in the entry.
    if (
      c.reportOnly ||
      (c.report && !c.investigate && !c.act && !c.found && !c.finding && !c.hypothesis && !c.dead && !c.restored)
    ) {
      phases[i] = 'other';
      continue;
    }
    if (SIDE.test(text) && !c.act && !c.found && !c.investigate && !c.hypothesis) {
      phases[i] = 'other';
      continue;
    }
    // A step that worked for a while is a temporary fix, even when the problem came back ("it worked for like 25 min,
    // then memory started growing again").
    if (c.relief) {
      phases[i] = 'mitigation';
      continue;
    }
    // A path that did not help: misleading, unless the entry also reports a real new finding.
    if (c.dead) {
      // A failure the entry itself gets past ("it failed first because port 80 was blocked. We allowed port 80 and
      // ran it again"): the last sentence is a step taken, and nothing in it failed.
      phases[i] = fixedAfterFailure(text)
        ? 'mitigation'
        : (c.found || REAL_FINDING.test(text)) && !c.hypothesis && !/shift/.test(text)
          ? 'investigation'
          : 'misleading';
      continue;
    }
    if (c.clean && !c.act) {
      // "Checks whether the key was revoked … The key is valid": a suspected change tested and cleared ("checked if
      // nginx was running" is routine triage).
      const tested =
        /\b(?:check\w*|verif\w*|test\w*|look\w*|see|saw) (?:whether|if) (?:(?:[\w'-]+ ){1,6}?(?:was|were|had|has been|got) [a-z]+(?:ed|en|ght|wn)|someone|somebody|anyone|anybody)\b/.test(
          text,
        );
      // "… nothing there either": one more suspect cleared in a row of them; "read the logs for 15 minutes … no
      // exceptions": time spent on a path that showed nothing.
      const another = /\beither\b/.test(text);
      const spent =
        !c.restored &&
        /\b(?:spen[dt]s?|for (?:\d+|a few|several|ten|fifteen|twenty|thirty|forty|an?) (?:more )?(?:min\w*|hours?))\b/.test(
          text,
        );
      // "… it only touched the quiz module, ruled out": a suspect checked and closed.
      const closed = /\bruled out\b|\bnot the (?:cause|culprit|problem|issue)\b/.test(text);
      phases[i] = c.hypothesis || wasSuspect || tested || another || spent || closed ? 'misleading' : 'investigation';
      continue;
    }
    if ((c.restored && !seenWorking[i]) || (c.act && !c.hypothesis && !c.probe)) {
      // A blind attempt that nothing improved was a misleading path.
      // So was any fix the next entry only reports as not having helped ("Purge finished, still broken").
      const next = cues[i + 1];
      const failedNext = !!next && next.dead && !next.act && !next.restored && !next.partial && !next.finding;
      if (
        (c.blindAct && c.blindFirst && !c.restored && !c.partial && (causeFound < 0 || i < causeFound) && tried(i)) ||
        (c.act && !c.restored && !c.partial && failedNext)
      ) {
        phases[i] = 'misleading';
        continue;
      }
      // A corrective step finished in the entry is mitigation, over the finding that led to it (one only begun is not).
      if (c.act && !c.restored && (c.found || c.finding) && (c.begins || actInFinding(text))) {
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
    if (c.monitorOnly) {
      phases[i] = 'other';
      continue;
    }
    if (c.investigate || c.found || c.finding || c.notice || c.symptom || c.probe) {
      phases[i] = 'investigation';
      continue;
    }
    // Without a detection entry, the story starts at the first entry about the problem or work on it: what follows is
    // part of the response, not the lead-up.
    const started = detection >= 0 || placed;
    phases[i] = c.onset ? 'other' : started ? 'investigation' : 'other';
  }
  return phases;
}
