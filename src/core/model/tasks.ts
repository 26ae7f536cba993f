// Reads action items: list items and table rows of the action sections, plain lines there that read as actions,
// and checkbox items anywhere; with the owner (and what kind it is), the deadline (a date or a relative phrase), the
// type and the done state each names. Table columns are read by their headers (Responsible, Deadline, Status, Type).
import { isBlankLine, LineKind, type ParsedText } from '../parse/index';
import { trimEndOf } from '../parse/chars';
import { readsAsAction } from '../outline/content';
import { stripInline } from '../outline/normalize';
import { findDates } from '../time/parse';
import type { ActionType, CalendarDate, OwnerKind, Task } from '../types';

const CHECKBOX = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[([ xX])\]\s+/;
const BULLET = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+/;
const OWNER_KEY = /\b(?:owners?|responsible|assignee|assigned to|dri|lead)\b[\s*_]{0,5}[:\-–][\s*_]{0,5}/i;
const HANDLE = /(?:^|[\s(,;|])(@[\w-]{1,60})/;
const DEADLINE_KEY = /\b(?:deadline|due(?: date)?|eta|target(?: date)?|by)\b[\s*_]{0,5}[:\-–]?[\s*_]{0,5}/i;
/** Where an owner's value stops: a deadline key after it ("owner: @ana due: …"). */
const OWNER_END = /[\s,;(](?:due|deadline|eta|target|by)\b/i;
const TYPE_KEY = /\b(?:type|kind|category)\b[\s*_]{0,5}:[\s*_]{0,5}([A-Za-z]{1,20})/i;
const TYPE_TAG = /[[(](mitigat[a-z]{0,4}|prevent[a-z]{0,5}|detect[a-z]{0,4}|process|repair)[\])]/i;
const STATUS_KEY = /\b(?:status|state)\b[\s*_]{0,5}:[\s*_]{0,5}([^,;|\n]{1,30})/i;
/** A deadline that is no date: relative to when it is read, or vague. */
const RELATIVE =
  /^(?:by[ \t]{1,3})?(?:(?:the[ \t]{1,3})?end[ \t]{1,3}of[ \t]{1,3}(?:the[ \t]{1,3}|this[ \t]{1,3}|next[ \t]{1,3})?(?:day|week|month|sprint|quarter|year|iteration|cycle|release)\b|next[ \t]{1,3}[a-z]{1,12}\b|this[ \t]{1,3}(?:week|month|sprint|quarter|year|iteration)\b|tomorrow\b|today\b|tonight\b|asap\b|a\.s\.a\.p\b|as[ \t]{1,3}soon[ \t]{1,3}as[ \t]{1,3}possible\b|soon\b|later\b|eventually\b|ongoing\b|continuous(?:ly)?\b|immediately\b|urgent(?:ly)?\b|(?:in|within)[ \t]{1,3}(?:a|an|one|two|three|four|a[ \t]few|few|\d{1,3})[ \t]{1,3}(?:days?|weeks?|months?|sprints?)\b)/i;
/** A relative deadline written without a key ("Rotate the keys ASAP", "… by the end of the sprint"). */
const RELATIVE_ANYWHERE =
  /\b(?:asap|as soon as possible|next (?:week|month|sprint|quarter)|by (?:the )?end of (?:the |this |next )?(?:day|week|month|sprint|quarter|year))\b/i;
/** An owner or deadline that is no value. */
const NO_VALUE = /^(?:tbd|tbc|n\/?a|none|unknown|unassigned|nobody|no one|todo|to do|-|—|–|\?{1,3}|\.{3}|…)$/i;
const QUARTER = /\bQ([1-4])(?:[ \t]{0,3}(?:FY)?'?((?:19|20)\d{2}))?\b|\b((?:19|20)\d{2})[ \t-]?Q([1-4])\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_YEAR =
  /\b(?:end[ \t]{1,3}of[ \t]{1,3})?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?(?:[ \t]{1,3}((?:19|20)\d{2}))?\b/i;

/** An owner word that makes the owner a team ("Database Engineering Team", "SRE", "Ops"). */
const TEAM_WORDS = new Set([
  'team',
  'teams',
  'squad',
  'group',
  'department',
  'dept',
  'division',
  'org',
  'organisation',
  'organization',
  'guild',
  'crew',
  'committee',
  'ops',
  'operations',
  'devops',
  'sre',
  'sres',
  'infra',
  'infrastructure',
  'platform',
  'engineering',
  'support',
  'security',
  'it',
  'qa',
  'everyone',
  'all',
  'we',
  'us',
  'staff',
  'management',
  'backend',
  'frontend',
  'developers',
  'engineers',
  'admins',
  'dbas',
]);
/** A last word that makes the owner one person by role ("Customer Service Manager", "Security Lead"). */
const ROLE_WORDS = new Set([
  'manager',
  'lead',
  'owner',
  'director',
  'head',
  'architect',
  'admin',
  'administrator',
  'dba',
  'developer',
  'engineer',
  'analyst',
  'commander',
  'cto',
  'ceo',
  'cio',
  'ciso',
  'vp',
  'officer',
  'coordinator',
  'captain',
  'champion',
  'sysadmin',
  'designer',
  'pm',
  'em',
]);

/** What an item's text says about its owner, deadline, type and done state. */
export interface TaskFacts {
  owner?: string;
  ownerKind?: OwnerKind;
  deadline?: string;
  due?: CalendarDate;
  dueRelative?: boolean;
  type?: ActionType;
  done?: boolean;
}

/** Reads owner and deadline (and type and done state) from an item's text; `incident` lends its year to "15 Dec". */
export function ownerAndDeadline(text: string, incident?: CalendarDate): TaskFacts {
  const out: TaskFacts = {};
  const o = OWNER_KEY.exec(text);
  if (o) setOwner(out, /^[^,;|\n*]{1,80}/.exec(text.slice(o.index + o[0].length))?.[0] ?? '');
  if (!out.owner) {
    const h = HANDLE.exec(text);
    if (h) setOwner(out, h[1]!);
  }
  const d = DEADLINE_KEY.exec(text);
  if (d) {
    const after = text.slice(d.index + d[0].length, d.index + d[0].length + 60);
    const raw = /^[^;|\n*]{1,60}/.exec(after)?.[0].trim();
    const value = raw === undefined ? undefined : trimEndOf(raw, '.,)');
    if (value && (/\d/.test(value) || RELATIVE.test(value) || MONTH_YEAR.test(value) || NO_VALUE.test(value)))
      setDeadline(out, value, incident);
  }
  if (!out.deadline) {
    const date = findDates(text)[0];
    if (date) setDeadline(out, text.slice(date.start, date.end), incident);
  }
  if (!out.deadline) {
    const r = RELATIVE_ANYWHERE.exec(text);
    if (r) setDeadline(out, r[0].replace(/^by /i, ''), incident);
  }
  const t = TYPE_KEY.exec(text)?.[1] ?? TYPE_TAG.exec(text)?.[1];
  const type = t ? actionType(t) : undefined;
  if (type) out.type = type;
  const s = STATUS_KEY.exec(text);
  const done = s ? doneState(s[1]!) : undefined;
  if (done !== undefined) out.done = done;
  return out;
}

// Sets the owner and its kind unless the value is no owner ("TBD", "n/a").
function setOwner(out: TaskFacts, raw: string): void {
  const value = trimEndOf(stripInline(trimEndOf(raw.split(OWNER_END)[0] ?? '', ',;(', true)).trim(), '.,:;');
  if (!value || NO_VALUE.test(value)) return;
  out.owner = value;
  out.ownerKind = ownerKind(value);
}

// Sets the deadline, and its date or relative flag, unless the value is no deadline ("TBD").
function setDeadline(out: TaskFacts, raw: string, incident?: CalendarDate): void {
  const value = stripInline(raw).trim();
  if (!value || NO_VALUE.test(value)) return;
  out.deadline = value;
  const due = dueDate(value, incident);
  if (due) out.due = due;
  else if (RELATIVE.test(value) || RELATIVE_ANYWHERE.test(value)) out.dueRelative = true;
}

/** What an owner is: an @handle, a team ("SRE team", "Ops"), or a person (a name, a username, a role one person holds). */
export function ownerKind(owner: string): OwnerKind {
  if (/(?:^|[\s(,;])@[\w-]/.test(owner)) return 'handle';
  const words =
    owner
      .replace(/\([^)]{0,80}\)/g, ' ')
      .toLowerCase()
      .match(/[a-z]{1,30}/g) ?? [];
  if (!words.length) return 'person';
  if (ROLE_WORDS.has(words[words.length - 1]!)) return 'person';
  return words.some((w) => TEAM_WORDS.has(w)) ? 'team' : 'person';
}

/** The date a deadline names: a calendar date, a month ("end of March 2026") or a quarter ("Q3 2026") as its last day. */
export function dueDate(value: string, incident?: CalendarDate): CalendarDate | undefined {
  const d = findDates(value)[0];
  if (d) return withYear(d.date, incident);
  const q = QUARTER.exec(value);
  if (q) {
    const quarter = Number(q[1] ?? q[4]);
    const year = q[2] ?? q[3];
    const month = quarter * 3;
    return withYear(
      year ? { year: Number(year), month, day: lastDay(Number(year), month) } : { month, day: lastDay(2001, month) },
      incident,
    );
  }
  const m = MONTH_YEAR.exec(value);
  if (m && (m[2] || /\bend\b/i.test(value))) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const year = m[2] ? Number(m[2]) : undefined;
    return withYear({ ...(year ? { year } : {}), month, day: lastDay(year ?? 2001, month) }, incident);
  }
  return undefined;
}

// A date without a year takes the incident's year, or the next one when it falls before the incident.
function withYear(date: CalendarDate, incident?: CalendarDate): CalendarDate {
  if (date.year !== undefined || incident?.year === undefined) return { ...date };
  const before = date.month < incident.month || (date.month === incident.month && date.day < incident.day);
  return { year: incident.year + (before ? 1 : 0), month: date.month, day: date.day };
}

// The last day of a month (28 for February of a year not given: 2001 is not a leap year).
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// The action type a word names.
function actionType(word: string): ActionType | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('mitigat') || w === 'repair') return 'mitigate';
  if (w.startsWith('prevent')) return 'prevent';
  if (w.startsWith('detect')) return 'detect';
  if (w === 'process') return 'process';
  if (w === 'other') return 'other';
  return undefined;
}

/** Whether a status says done (true), open (false), or neither (undefined). */
export function doneState(status: string): boolean | undefined {
  const s = stripInline(status).trim().toLowerCase();
  if (
    /[✅✔☑]/u.test(status) ||
    /^(?:\[x\]|done|complete[d]?|closed|fixed|resolved|finished|shipped|merged|yes|implemented|deployed)\b/.test(s)
  )
    return true;
  if (
    /[☐⬜❌]/u.test(status) ||
    /^(?:\[ \]|open|todo|to do|in progress|in-progress|pending|not started|planned|blocked|no|wip|started|ongoing)\b/.test(
      s,
    )
  )
    return false;
  return undefined;
}

/** What the columns of a task table hold, by their headers. */
type Column = 'action' | 'owner' | 'due' | 'status' | 'type' | 'other';
const COLUMN_NAMES: Array<[Column, RegExp]> = [
  [
    'owner',
    /^(?:owners?|responsible(?: party| person)?|assignee|assigned to|who|dri|lead|point of contact|poc|accountable)$/,
  ],
  ['due', /^(?:deadline|due|due date|due by|target|target date|eta|by when|when|completion date)$/],
  ['status', /^(?:status|state|done|progress|complete|completed|resolved)$/],
  ['type', /^(?:type|kind|category)$/],
  [
    'action',
    /^(?:actions?|action items?|tasks?|items?|description|what|remediations?|fix(?:es)?|follow[- ]?ups?|measures?|steps?|to ?do|recommendations?|corrective actions?)$/,
  ],
];

/** Cells of a table row (outer pipes dropped). */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** The role of each column of a table from its header row. */
function columnsOf(header: string): Column[] {
  return cells(header).map((c) => {
    const name = stripInline(c)
      .toLowerCase()
      .replace(/[^a-z ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return COLUMN_NAMES.find(([, re]) => re.test(name))?.[0] ?? 'other';
  });
}

/** A commitment that opens a paragraph: "We will …", "We'll …", "We are going to …", "We plan to …". */
const COMMITMENT =
  /^[\s*_>]{0,6}(?:we(?: will| shall|'ll|’ll| are going to|'re going to|’re going to| plan to| intend to| are planning to)|(?:the )?(?:\w{1,20} )?team will)\s{1,3}(?:also\s{1,3})?[a-z]/i;
/** The most lines and words a one-action paragraph may have; a longer one is prose, not a task. */
const COMMITMENT_LINES = 2;
const COMMITMENT_WORDS = 40;

/**
 * True when line `n` opens a short paragraph that commits to one action ("We will add an alert on pool exhaustion."):
 * a reviewer reads several such paragraphs in a row as a task list. Looks at no more than the paragraph's lines.
 */
export function commitmentParagraph(p: ParsedText, n: number, from = 0): boolean {
  if (p.kinds[n] !== LineKind.Text || p.depth[n]! > 0) return false;
  if (n > from && p.kinds[n - 1] === LineKind.Text && !isBlankLine(p.lines[n - 1] ?? '')) return false;
  const first = p.lines[n] ?? '';
  if (!COMMITMENT.test(first.slice(0, 80))) return false;
  let words = 0;
  let k = n;
  for (; k < p.lineCount && k < n + COMMITMENT_LINES + 1; k++) {
    const l = p.lines[k] ?? '';
    if (p.kinds[k] !== LineKind.Text || isBlankLine(l)) break;
    words += l.length > 400 ? COMMITMENT_WORDS + 1 : l.trim().split(/\s+/).length;
  }
  return k - n <= COMMITMENT_LINES && words <= COMMITMENT_WORDS;
}

/** How many lines of [from, to) open a short one-action "We will …" paragraph. */
export function commitmentParagraphs(p: ParsedText, from: number, to: number): number {
  let k = 0;
  for (let n = Math.max(0, from); n < to && n < p.lineCount; n++) if (commitmentParagraph(p, n, from)) k++;
  return k;
}

/** Tasks of lines [start, end): top-level list items, table rows, and — when there is no list — plain action lines. */
export function tasksIn(p: ParsedText, start: number, end: number, firstColumn = 0, incident?: CalendarDate): Task[] {
  const out: Task[] = [];
  let minDepth = Infinity;
  for (const b of p.blocks)
    if (b.kind === 'item' && b.startLine >= start && b.startLine < end) minDepth = Math.min(minDepth, b.depth);
  let listed = false;
  for (const b of p.blocks) {
    if (b.startLine < start || b.startLine >= end) continue;
    if (b.kind === 'item' && b.depth === minDepth) {
      out.push(task(p, b.startLine, Math.min(b.endLine, end), 'list', 0, incident));
      listed = true;
    } else if (b.kind === 'table') {
      const columns = columnsOf(p.lines[b.startLine] ?? '');
      for (let n = b.startLine + 2; n < b.endLine && n < end; n++) out.push(tableTask(p, n, columns, incident));
      listed = true;
    }
  }
  if (!listed) {
    for (let n = start; n < end && n < p.lineCount; n++) {
      if (p.kinds[n] !== LineKind.Text || p.depth[n]! > 0) continue;
      const line = n === start && firstColumn ? p.lines[n]!.slice(firstColumn) : p.lines[n]!;
      if (readsAsAction(line)) out.push(task(p, n, n + 1, 'line', n === start ? firstColumn : 0, incident));
      else if (commitmentParagraph(p, n, start)) {
        let last = n + 1;
        while (
          last < end &&
          last < n + COMMITMENT_LINES &&
          p.kinds[last] === LineKind.Text &&
          !isBlankLine(p.lines[last]!)
        )
          last++;
        out.push(task(p, n, last, 'line', n === start ? firstColumn : 0, incident));
      }
    }
  }
  return out;
}

// Builds one task from its first line and the lines it spans.
function task(
  p: ParsedText,
  line: number,
  end: number,
  markup: Task['markup'],
  column: number,
  incident?: CalendarDate,
): Task {
  const first = (p.lines[line] ?? '').slice(column);
  const all = p.lines
    .slice(line, Math.min(end, line + 20))
    .join('\n')
    .slice(0, 4000);
  const box = CHECKBOX.exec(first);
  const body = first.replace(CHECKBOX, '').replace(BULLET, '');
  let last = Math.max(end, line + 1);
  while (last > line + 1 && isBlankLine(p.lines[last - 1] ?? '')) last--;
  const t: Task = { line, endLine: last, text: stripInline(body).trim(), markup: box ? 'checkbox' : markup };
  const facts = ownerAndDeadline(all, incident);
  if (box) {
    t.checked = box[1] !== ' ';
    t.boxColumn = column + box[0].indexOf('[');
  } else if (facts.done !== undefined) t.checked = facts.done;
  return withFacts(t, facts);
}

// Builds one task from a table row, reading owner, deadline, status and type from their columns.
function tableTask(p: ParsedText, line: number, columns: readonly Column[], incident?: CalendarDate): Task {
  const row = cells(p.lines[line] ?? '');
  const of = (c: Column): string | undefined => {
    const i = columns.indexOf(c);
    return i >= 0 ? row[i] : undefined;
  };
  const action = of('action');
  const text =
    action !== undefined
      ? stripInline(action).trim()
      : row
          .filter(Boolean)
          .map((c) => stripInline(c))
          .join(' — ');
  const t: Task = { line, endLine: line + 1, text, markup: 'table' };
  const facts = ownerAndDeadline(row.join(' | ').slice(0, 4000), incident);
  const owner = of('owner');
  if (owner !== undefined) {
    delete facts.owner;
    delete facts.ownerKind;
    setOwner(facts, owner);
  }
  const deadline = of('due');
  if (deadline !== undefined) {
    delete facts.deadline;
    delete facts.due;
    delete facts.dueRelative;
    setDeadline(facts, deadline, incident);
  }
  const type = of('type');
  if (type !== undefined) {
    const at = actionType(stripInline(type).trim());
    if (at) facts.type = at;
  }
  const status = of('status');
  let done = status !== undefined ? doneState(status) : undefined;
  // No Status column: a cell that ends in DONE or TODO (the SRE book's "n/a **DONE**"), or a tick.
  if (done === undefined) {
    for (let i = 0; i < row.length && done === undefined; i++) {
      if (columns[i] === 'action') continue;
      const cell = row[i]!;
      if (/\b(?:DONE|COMPLETED?|CLOSED|FIXED|RESOLVED)\W{0,4}$/.test(cell) || /[✅✔☑]/u.test(cell)) done = true;
      else if (/\b(?:TODO|OPEN|PENDING)\W{0,4}$/.test(cell) || /[☐⬜]/u.test(cell)) done = false;
    }
  }
  if (done === undefined) done = facts.done;
  if (done !== undefined) t.checked = done;
  return withFacts(t, facts);
}

// Copies the facts onto a task.
function withFacts(t: Task, f: TaskFacts): Task {
  if (f.owner) t.owner = f.owner;
  if (f.ownerKind) t.ownerKind = f.ownerKind;
  if (f.deadline) t.deadline = f.deadline;
  if (f.due) t.due = f.due;
  if (f.dueRelative) t.dueRelative = true;
  if (f.type) t.type = f.type;
  return t;
}

/** Checkbox items anywhere in the document ("- [ ] …"). */
export function checkboxTasks(p: ParsedText, incident?: CalendarDate): Task[] {
  const out: Task[] = [];
  for (const b of p.blocks) {
    if (b.kind === 'item' && CHECKBOX.test(p.lines[b.startLine] ?? ''))
      out.push(task(p, b.startLine, b.endLine, 'checkbox', 0, incident));
  }
  return out;
}
