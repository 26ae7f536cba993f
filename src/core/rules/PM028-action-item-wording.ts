// PM028: action items name a concrete change, not a vague intention ("improve", "ensure", "be more careful").
import { LineKind } from '../parse/index';
import type { Finding, PostmortemModel, Task } from '../types';
import { finding, spanRange, templateHas, type Rule } from './rule';

/** Vague openings of an action, each with what to write instead. `concrete` lets "by adding …" or a number redeem it. */
export const VAGUE_ACTIONS: ReadonlyArray<{ id: string; words: readonly string[]; say: string; concrete: boolean }> = [
  {
    id: 'improve',
    words: [
      'improve',
      'improves',
      'improving',
      'enhance',
      'enhances',
      'enhancing',
      'strengthen',
      'strengthening',
      'optimize',
      'optimise',
      'optimizing',
      'optimising',
      'better',
    ],
    say: 'name the change: what will be added, changed or removed, and where (e.g. "add an alert when disk use passes 90 %")',
    concrete: true,
  },
  {
    id: 'ensure',
    words: ['ensure', 'ensures', 'ensuring', 'make sure', 'making sure'],
    say: 'say what will enforce it: a check, a test, an alert or automation (e.g. "add a CI check that rejects configs without a TTL")',
    concrete: true,
  },
  {
    id: 'look-into',
    words: ['look into', 'looking into', 'think about', 'consider', 'considering', 'try to', 'explore', 'exploring'],
    say: 'decide what will be done, or record it as an open question rather than an action',
    concrete: false,
  },
  {
    id: 'be-careful',
    words: [
      'be more careful',
      'be careful',
      'be more vigilant',
      'be vigilant',
      'pay more attention',
      'pay attention',
      'double-check',
      'double check',
      'remember to',
      'take more care',
    ],
    say: 'people trying harder does not prevent a repeat: name the safeguard (a check, a review, automation)',
    concrete: false,
  },
  {
    id: 'monitor-better',
    words: [
      'monitor better',
      'better monitoring',
      'more monitoring',
      'monitor more closely',
      'monitor closely',
      'closely monitor',
      'keep an eye on',
      'more closely monitor',
    ],
    say: 'name what to monitor and the threshold that alerts (e.g. "alert when queue depth exceeds 1,000 for 5 minutes")',
    concrete: true,
  },
];

const LEAD =
  '^(?:(?:we|i|the team|team|engineers?|developers?|everyone)\\s{1,3}(?:will|should|must|need to|have to|shall|are going to|plan to)\\s{1,3}|(?:will|should|must|to)\\s{1,3})?';
const VAGUE = VAGUE_ACTIONS.map((v) => ({
  ...v,
  re: new RegExp(
    `${LEAD}(${[...v.words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[-]/g, '[- ]?').replace(/ /g, '\\s{1,3}'))
      .join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
}));
/** What makes a vague opening concrete: how ("by adding", "with", "via"), a number or threshold, code, a link. */
const CONCRETE = /\bby\s{1,3}\w{2,30}ing\b|\b(?:via|using|through|with|so that)\b|\d|`|\]\(|https?:/i;
/** "Ensure …" that names what enforces it (an alert, a test, a check, automation) says how. */
const ENFORCED =
  /\b(?:alerts?|alarms?|tests?|checks?|lint\w{0,4}|ci|cron|automat\w{1,6}|scripts?|hooks?|validation|gates?)\b/i;
const NOT_ACTION = /\s[—–-]\s|[(|]|\b(?:owners?|due|deadline|responsible|assignee|eta)\b|@[\w-]/i;
const LABEL = /^([^:]{1,50}):\s{0,4}(\S.*)$/;
const BULLET = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const ACTION_LABEL = /^\s*(?:[-*+]\s+)?[*_]{0,2}action[*_]{0,2}\s{0,2}:[*_]{0,2}\s*/i;

/** Where an item says what will be done: its "Action:" line when it has one, else its first line (unless details follow below). */
function actionLine(m: PostmortemModel, t: Task): { line: number; column: number } | undefined {
  for (let n = t.line + 1; n < t.endLine; n++) {
    const a = ACTION_LABEL.exec(m.lines[n]!);
    if (a) return { line: n, column: a[0].length };
  }
  // A title with details on nested lines ("**Improve monitoring**" over its steps): the details say what is done.
  for (let n = t.line + 1; n < t.endLine; n++)
    if (m.parsed.kinds[n] === LineKind.Text && (m.lines[n] ?? '').trim()) return undefined;
  const first = m.lines[t.line] ?? '';
  if (t.markup === 'table') {
    // A table row: the action's cell.
    const at = t.text ? first.indexOf(t.text.slice(0, 20)) : -1;
    return at >= 0 ? { line: t.line, column: at } : undefined;
  }
  return { line: t.line, column: BULLET.exec(first)?.[0].length ?? first.length - first.trimStart().length };
}

/** Every open action item whose action opens with a vague intention that nothing after it makes concrete. */
export const actionItemWording: Rule = {
  id: 'PM028',
  name: 'action-item-wording',
  description:
    'Each action item names a concrete change, not a vague intention ("improve", "ensure", "look into", "be more careful", "monitor better"): what will be added, changed or removed.',
  tags: ['actions', 'style'],
  severity: 'information',
  appliesTo: (t) => templateHas(t, 'task-list'),
  check(m) {
    const out: Finding[] = [];
    for (const t of m.tasks) {
      if (t.checked === true) continue;
      const at = actionLine(m, t);
      if (!at) continue;
      const raw = (m.lines[at.line] ?? '').slice(0, 2000);
      // Emphasis markers become spaces so columns stay those of the line.
      let text = raw.slice(at.column).replace(/[*_]/g, ' ');
      let column = at.column;
      const label = LABEL.exec(text);
      if (label && label[1]!.trim().split(/\s+/).length <= 6 && !NOT_ACTION.test(label[1]!)) {
        column += text.length - label[2]!.length;
        text = label[2]!;
      }
      const lead = text.length - text.trimStart().length;
      const body = text.slice(lead);
      for (const v of VAGUE) {
        const hit = v.re.exec(body);
        if (!hit) continue;
        // What follows, up to the owner and deadline ("— owner: @ana, due: 2026-12-15").
        const rest = body.slice(hit[0].length).split(NOT_ACTION)[0]!;
        if (v.concrete && CONCRETE.test(rest)) break;
        if (v.id === 'ensure' && ENFORCED.test(rest)) break;
        const start = column + lead + hit[0].length - hit[1]!.length;
        out.push(
          finding(this, `Vague action "${hit[1]}": ${v.say}`, spanRange(at.line, start, start + hit[1]!.length)),
        );
        break;
      }
    }
    return out;
  },
};
