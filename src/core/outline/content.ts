// Reads what a stretch of lines is about, for finding sections no heading names: an opening summary, a step
// list playing the timeline, an explanation of the cause, a list of actions. Also decides which plain lines
// read as action items ("Add monitoring on disk usage") rather than prose.
import { LineKind, type ParsedText } from '../parse/index';
import { countWords } from '../parse/words';
import { findDates, findTimestamps } from '../time/parse';
import { stripInline } from './normalize';

/** What a template section is, for finding it by content. */
export type Role = 'summary' | 'opening' | 'timeline' | 'cause' | 'actions';

/** Headings that are never a postmortem section: the assignment's own text, meta notes, closings. */
export const RESIDUE_TITLE =
  /^(?:make people want to read|background context|concepts?$|resources$|requirements$|more info|word count|how to make it|disclaimer|conclusion|final thoughts|the end\b|closing|thank|wrap[- ]?up|links?$|misc)/i;

const INCIDENT =
  /\b(?:outage|down(?:time)?|errors?|fail\w*|incident|issue|unavailable|unreachable|inaccessible|broke\w*|crash\w*|problem|disrupt\w*|slow\w*|degrad\w*|went (?:down|offline)|503|502|500)\b/i;
const CAUSE =
  /\b(?:root[- ]cause|caused|cause[ds]?\b|due to|because|stemm(?:ed|ing) from|triggered by|turns? out|turned out|culprit|result(?:ed)? (?:of|from)|led to|traced (?:back )?to|bug\b|typo|misconfigur\w*|expired|the reason)/i;
/** Titles of a section about the cause or the fix. */
const CAUSE_TITLE =
  /\b(?:why\b|causes?\b|what went wrong|went wrong|explanation|explained|analysis|summation|diagnosis|resolution|solution|the fix\b|how (?:we|i|it was|they) (?:fixed|solved|resolved|repaired))/i;
/** Titles of lessons and plans (not the cause, whatever they mention). */
const LESSON_TITLE =
  /\b(?:lessons?|learn\w*|takeaways?|prevent\w*|future|next steps?|improv\w*|measures?|to-?do|tasks?|recommend\w*|follow[- ]?ups?|reflections?)\b/i;
/** A fix told as done. */
const FIXED =
  /\b(?:fixed|restored|restoring|resolved|redeployed|reverted|rolled back|changed|corrected|repaired|renewed|replaced|patched|restarted|rebooted|reloaded|re-?enabled|updated|(?:brought|added|put|set|switched|turned) (?:\w+ ){0,3}back)\b/i;
/** How something came about: a consequence or a state that was wrong. */
const EXPLAINS =
  /\b(?:so (?:the|it|that|nothing|every|all|no)\b|which (?:meant|made|caused)|was (?:missed|missing|empty|wrong|backwards|incorrect|never)|were (?:missed|missing|wrong|never)|should have|only (?:existed|worked|failed)|never (?:ran|run|worked|checked))/i;
const STEP_TITLE =
  /\b(?:debug\w*|process|steps?|events?|chronolog\w*|sequence|happened|walkthrough|troubleshoot\w*|actions? taken|response|investigation)\b/i;
const ACTION_TITLE =
  /\b(?:what (?:we|i)(?: will|'ll| are going to| plan to| are) (?:do|doing|change|changing|fix|improve)\b|action plan|going forward|what'?s next|lessons?|prevent\w*|improv\w*|future|measures?|actions?|to-?do|tasks?|next steps?|recommend\w*|follow[- ]?ups?|fix(?:es)?|remediat\w*)\b/i;
const PREVENT =
  /\b(?:prevent\w*|improv\w*|avoid\w*|future|going forward|from now on|we(?:'re| are| will)|will\b|should\b)/i;

/** True when lines [from, to) read as the given role (`title` is the section's heading, when it has one). */
export function readsAs(p: ParsedText, role: Role, from: number, to: number, title = ''): boolean {
  const text = proseOf(p, from, to);
  const words = countWords(text);
  switch (role) {
    case 'opening':
      return words >= 12 && (INCIDENT.test(text) || hasTime(p, from, to));
    case 'summary':
      // The first substantial section under the title tells what happened, whatever its heading says.
      return words >= 20;
    case 'cause': {
      if (words < 15) return false;
      // "Why it happened and how we fixed it", "Summation": a section titled for the cause or the fix, or one that
      // explains and tells the fix, is the cause whatever words it uses; lessons and plans are not.
      if (CAUSE_TITLE.test(title)) return true;
      if (LESSON_TITLE.test(title)) return false;
      return CAUSE.test(text) || (FIXED.test(text) && EXPLAINS.test(text));
    }
    case 'timeline': {
      if (timedLines(p, from, to) >= 3) return true;
      return STEP_TITLE.test(title) && entryCount(p, from, to) >= 3;
    }
    case 'actions': {
      const items = listItems(p, from, to) + actionLines(p, from, to);
      return items >= 2 && (ACTION_TITLE.test(title) || PREVENT.test(text));
    }
  }
}

/** The prose of lines [from, to), joined with newlines. */
export function proseOf(p: ParsedText, from: number, to: number): string {
  const out: string[] = [];
  for (let n = Math.max(0, from); n < to && n < p.lineCount; n++)
    if (p.kinds[n] === LineKind.Text) out.push(p.lines[n]!);
  return out.join('\n');
}

// True when a prose line of [from, to) holds a time of day or a date.
function hasTime(p: ParsedText, from: number, to: number): boolean {
  for (let n = Math.max(0, from); n < to; n++) {
    if (p.kinds[n] !== LineKind.Text) continue;
    const l = p.lines[n]!;
    if (findTimestamps(l, n).length || findDates(l).length) return true;
  }
  return false;
}

// Lines of [from, to) with a time near their start ("14:05 UTC - …", "- **10:00 AM**: …").
function timedLines(p: ParsedText, from: number, to: number): number {
  let k = 0;
  for (let n = Math.max(0, from); n < to; n++) {
    if (p.kinds[n] !== LineKind.Text) continue;
    const l = p.lines[n]!.slice(0, 60);
    const t = findTimestamps(l, n)[0];
    if (t && t.startColumn <= 30) k++;
  }
  return k;
}

// Top-level list items starting in [from, to).
function listItems(p: ParsedText, from: number, to: number): number {
  let min = Infinity,
    k = 0;
  for (const b of p.blocks)
    if (b.kind === 'item' && b.startLine >= from && b.startLine < to) min = Math.min(min, b.depth);
  for (const b of p.blocks) if (b.kind === 'item' && b.startLine >= from && b.startLine < to && b.depth === min) k++;
  return k;
}

// Entries a step list has: top-level items, else non-blank prose lines.
function entryCount(p: ParsedText, from: number, to: number): number {
  const items = listItems(p, from, to);
  if (items) return items;
  let k = 0;
  for (let n = Math.max(0, from); n < to; n++) if (p.kinds[n] === LineKind.Text && p.depth[n] === 0) k++;
  return k;
}

/** Plain (non-list) prose lines of [from, to) that read as action items. */
export function actionLines(p: ParsedText, from: number, to: number): number {
  let k = 0;
  for (let n = Math.max(0, from); n < to; n++)
    if (p.kinds[n] === LineKind.Text && p.depth[n] === 0 && readsAsAction(p.lines[n]!)) k++;
  return k;
}

const DISCURSIVE = new Set([
  'to',
  'in',
  'another',
  'this',
  'these',
  'those',
  'the',
  'we',
  'it',
  'its',
  'as',
  'by',
  'also',
  'furthermore',
  'moreover',
  'however',
  'although',
  'if',
  'when',
  'while',
  'after',
  'since',
  'because',
  'our',
  'i',
  'there',
  'that',
  'so',
  'thus',
  'therefore',
  'finally',
  'overall',
  'in',
  'on',
  'at',
  'for',
  'with',
  'a',
  'an',
  'my',
  'they',
  'he',
  'she',
  'you',
  'your',
  'one',
  'all',
  'but',
  'and',
  'or',
  'here',
  'moving',
  'going',
  'lastly',
  'additionally',
  'first',
  'second',
  'third',
  'nothing',
  'none',
  'no',
  'some',
  'each',
  'every',
  'more',
  'other',
  'thanks',
  'thank',
  'note',
  'notes',
  'please',
  'remember',
  'conclusion',
  'hopefully',
  'luckily',
  'unfortunately',
  'fortunately',
]);

const VERBS = new Set([
  'add',
  'implement',
  'improve',
  'enhance',
  'conduct',
  'review',
  'update',
  'set',
  'setup',
  'establish',
  'create',
  'develop',
  'deploy',
  'enable',
  'configure',
  'automate',
  'schedule',
  'ensure',
  'monitor',
  'test',
  'document',
  'train',
  'patch',
  'upgrade',
  'replace',
  'restrict',
  'limit',
  'introduce',
  'adopt',
  'use',
  'perform',
  'run',
  'regularly',
  'educate',
  'communicate',
  'strengthen',
  'adjust',
  'integrate',
  'build',
  'write',
  'audit',
  'migrate',
  'increase',
  'reduce',
  'remove',
  'disable',
  'move',
  'provide',
  'require',
  'enforce',
  'plan',
  'investigate',
  'evaluate',
  'verify',
  'validate',
  'check',
  'keep',
  'make',
  'hold',
  'organize',
  'organise',
  'prepare',
  'define',
  'refactor',
  'fix',
  'rotate',
  'backup',
  'back',
  'apply',
  'install',
  'switch',
  'decommission',
  'terminate',
  'tune',
  'optimize',
  'optimise',
  'allocate',
  'track',
  'alert',
  'notify',
  'purchase',
  'procure',
  'design',
  'maintain',
  'assign',
  'hire',
  'standardize',
  'standardise',
  'centralize',
  'centralise',
  'introduce',
  'expand',
  'extend',
  'raise',
  'lower',
  'separate',
  'isolate',
  'encrypt',
  'rollout',
  'roll',
  'revise',
  'rewrite',
  'redesign',
  'streamline',
  'simplify',
  'block',
  'whitelist',
  'allowlist',
  'deprecate',
  'archive',
  'clean',
  'consolidate',
  'coordinate',
  'share',
  'publish',
  'prioritize',
  'prioritise',
  'invest',
  'store',
  'cache',
  'scale',
  'upgrade',
  'add',
  'label',
  'tag',
  'mandate',
  'require',
  'reorganize',
  'retire',
  'renew',
  'restart',
  'reconfigure',
  'instrument',
  'log',
  'page',
]);

/** A list-like marker at the start of a line: a number, a letter or a roman numeral, "Task 1 –". */
const MARKED = /^\s*(?:\d{1,3}[.)-]|[a-z][.)]|[ivx]{1,5}[.)]|(?:task|action|item|step)\s{0,2}#?\d{1,3}\b)/i;
/** What is to be done, in the passive ("is to be added", "must be reviewed", "will be rotated"). */
const OBLIGED =
  /^(?:\S+\s+){0,12}?(?:is|are) to be [a-z]{3,}ed\b|^(?:\S+\s+){0,12}?(?:will|must|should|shall) be [a-z]{3,}ed\b/i;

/**
 * True when a plain line reads as one concrete action ("Add monitoring on disk usage", "Regular audits: run
 * them quarterly", "Implementing log rotation"), not as discursive prose ("To prevent this, we must …").
 */
export function readsAsAction(line: string): boolean {
  let t = stripInline(line)
    .replace(/^[\s\-*+•◦▪☐☑✅✔>]+/u, '')
    .replace(/^\[[ xX]?\]\s*/, '')
    .replace(/^\d+[.)]\s*|^(?:\d{1,3}-|[a-z][.)]|[ivx]{1,5}[.)])\s+/i, '')
    .replace(/^(?:task|action|item|step|todo)\s{0,2}#?\d{0,3}\s{0,2}[-\u2013\u2014:.)]\s*/i, '')
    .trim();
  // "a. A policy check is to be added to the pipeline": a marked line that says what is to be done.
  if (MARKED.test(stripInline(line)) && OBLIGED.test(t)) return true;
  if (!t || /:$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 45) return false;
  // "Label: action" — a short label followed by what to do.
  const colon = t.indexOf(':');
  if (colon > 0 && colon < 50 && t.slice(0, colon).split(/\s+/).length <= 6) {
    const rest = t.slice(colon + 1).trim();
    if (rest && !DISCURSIVE.has(firstWord(t))) return true;
    t = rest || t;
  }
  const w = firstWord(t);
  if (!w || DISCURSIVE.has(w)) return false;
  if (
    VERBS.has(w) ||
    (w.endsWith('ing') && VERBS.has(w.slice(0, -3))) ||
    (w.endsWith('ing') && VERBS.has(w.slice(0, -3) + 'e'))
  )
    return true;
  // A short noun phrase naming a measure ("Status monitoring.", "Regular audits of firewall configurations…").
  return (
    words.length <= 14 &&
    /^[A-Z]/.test(t) &&
    !/\b(?:is|are|was|were|has|have|had|will|would|could|should|must|can)\b/i.test(words.slice(0, 4).join(' '))
  );
}

// The first word of text, lower case, letters only.
function firstWord(text: string): string {
  const m = /^[^\p{L}]*(\p{L}+)/u.exec(text);
  return m ? m[1]!.toLowerCase() : '';
}
