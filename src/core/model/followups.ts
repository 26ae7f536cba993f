// The open action items of a postmortem, as the follow-ups view and `postmortem-lint --report followups` list them.
import { daysBetween, isoDate, parseIsoDate } from '../time/calendar';
import type { ActionType, CalendarDate, OwnerKind, PostmortemModel, Task, TextEdit } from '../types';

/** One open action item (lines 0-based). */
export interface FollowUp {
  line: number;
  endLine: number;
  text: string;
  owner?: string;
  ownerKind?: OwnerKind;
  /** The deadline as written ("15 Dec", "next week"). */
  deadline?: string;
  /** The due date, ISO `YYYY-MM-DD`, when the deadline is a date with a known year. */
  due?: string;
  /** True when the due date is before today. */
  overdue: boolean;
  /** Days past the due date (overdue items only). */
  daysOverdue?: number;
  type?: ActionType;
  /** Column of its "[ ]" box: only checkbox items can be ticked. */
  boxColumn?: number;
  markup: Task['markup'];
}

/**
 * The open action items of a document that reads as a postmortem: its tasks not marked done (no tick, no Done
 * status), with their owner, due date and whether they are overdue on `today` (ISO date; no date: none overdue).
 */
export function followUps(m: PostmortemModel, today?: string | CalendarDate): FollowUp[] {
  if (!m.reading.postmortem) return [];
  const now = typeof today === 'string' ? parseIsoDate(today) : today;
  const out: FollowUp[] = [];
  for (const t of m.tasks) {
    if (t.checked === true || !t.text) continue;
    const f: FollowUp = {
      line: t.line,
      endLine: t.endLine,
      text: actionText(t.text),
      overdue: false,
      markup: t.markup,
    };
    if (t.owner) f.owner = t.owner;
    if (t.ownerKind) f.ownerKind = t.ownerKind;
    if (t.deadline) f.deadline = t.deadline;
    if (t.due?.year !== undefined) {
      f.due = isoDate(t.due);
      const late = now ? daysBetween(t.due, now) : 0;
      if (late > 0) [f.overdue, f.daysOverdue] = [true, late];
    }
    if (t.type) f.type = t.type;
    if (t.boxColumn !== undefined) f.boxColumn = t.boxColumn;
    out.push(f);
  }
  return out;
}

/** Owner and deadline written after the action ("(owner: @ana, due: …)", "— owner: …") are shown on their own. */
const TRAILING_FIELDS =
  /\s{0,3}(?:[(—–]|\s-\s|,)\s{0,3}(?:owners?|responsible|assignee|assigned to|due|deadline|eta|type)\b[\s*_]{0,4}[:\-–]/i;

/** The action of an item's text, without the owner and deadline written after it. */
export function actionText(text: string): string {
  const at = text.search(TRAILING_FIELDS);
  return at > 0 ? text.slice(0, at).trim() : text;
}

const BOX = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[([ xX])\]/;

/**
 * The edit that ticks (or unticks) the checkbox of a task-list line: `[ ]` → `[x]` on that line only; undefined when
 * the line holds no checkbox or it is already in that state.
 */
export function checkboxEdit(lineText: string, line: number, done: boolean): TextEdit | undefined {
  const m = BOX.exec(lineText);
  if (!m || (m[2] !== ' ') === done) return undefined;
  const column = m[1]!.length + 1;
  return {
    range: { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 },
    newText: done ? 'x' : ' ',
  };
}
