// Finds blaming language in a postmortem's prose: each phrase of the list where it counts (a person as its subject,
// given as a cause, before a procedure), never in quotes, code, headings or block quotes, never in passive voice,
// and, where a rewrite can be made safely, the system-framed words that replace it.
import { LineKind, linesMatching } from '../parse/index';
import { codeSpans } from '../rules/PM019-placeholders';
import type { BlamelessPhrase, PostmortemModel } from '../types';
import {
  BE,
  BETWEEN,
  CLAUSE_WORDS,
  DETERMINERS,
  FIRST_PERSON,
  NOT_NAMES,
  ROLE_NOUNS,
  THIRD_PERSON,
  gerund,
  humanVerb,
  isParticiple,
  participleOf,
} from './words';

/** One blaming phrase found: where, which entry, the words, and a safe rewrite when there is one. */
export interface BlameMatch {
  entry: BlamelessPhrase;
  line: number;
  /** Columns of what the finding covers: the phrase, from its subject when it has one. */
  start: number;
  end: number;
  /** The phrase as written. */
  phrase: string;
  /** Replace columns [start, end) of the line with `text`. */
  rewrite?: { start: number; end: number; text: string };
}

const MAX_LINE = 10_000;
/** Findings per line and per document: a line of a hundred blaming phrases needs rewriting, not a hundred notes. */
const MAX_PER_LINE = 20;
const MAX_FINDINGS = 1000;
/** How far back a subject is looked for. */
const LOOKBACK = 160;
const WORD = /[\p{L}\p{N}@][\p{L}\p{N}'’_-]{0,40}/gu;
const CAUSE =
  /\b(?:cause[ds]?|causing|due to|because|result(?:ed|s)? (?:of|from|in)|reasons?|root|blame[ds]?|attribut\w{0,6}|stemm(?:ed|ing) from|triggered by|traced (?:back )?to|led to|came down to|boils down to)\b/i;
const NEGATION =
  /\b(?:not|no|never|isn['’]t|wasn['’]t|rather than|instead of|beyond|than|without)\W{1,3}(?:\w{1,20}\W{1,3}){0,2}$/i;
const PROCEDURE =
  /^[\s*_]{0,4}(?:(?:the|our|its|their|his|her|a|an|this|that|those|these|any|all)[ \t]{1,3})?(?:[\w-]{1,20}[ \t]{1,3}){0,2}(?:runbooks?|playbooks?|procedures?|process(?:es)?|protocols?|checklists?|steps?|instructions?|guidelines?|guides?|polic(?:y|ies)|documentation|docs|standards?|sops?|rules?|warnings?|alerts?|alarms?|reviews?|approvals?|tests?|canary|checks?)\b/i;
/** Where the words a rewrite keeps end: punctuation, a dash, a bracket, a quote or a joining word. */
const CLAUSE_END =
  /[.,;:!?()[\]"“”]|\s[-–—]\s|\s(?:and|but|so|because|which|when|while|after|before|until|then|since|as|leading|causing|resulting|during|on|at|in|for|from)\s/i;
const PLAIN_WORDS = /^[\p{L}\p{N} '’/-]{1,120}$/u;

/** A phrase entry compiled: one regex for its literal phrases. */
interface Compiled {
  entry: BlamelessPhrase;
  re: RegExp;
}

// A phrase as a regex body: literal words, any run of spaces between them, ' matching ’.
function phraseBody(p: string): string {
  return p
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('[ \\t\\u00a0]{1,4}');
}

/** Compiles the entries: each phrase a literal, whole words, any case, spaces flexible, ' matching ’. */
export function compilePhrases(entries: readonly BlamelessPhrase[]): Compiled[] {
  return entries
    .filter((e) => e.phrases.length)
    .map((entry) => {
      const alts = [...entry.phrases]
        .sort((a, b) => b.length - a.length)
        .map((p) => {
          const head = /^[\p{L}\p{N}_]/u.test(p.trim()) ? '(?<![\\p{L}\\p{N}_])' : '';
          const tail = /[\p{L}\p{N}_]$/u.test(p.trim()) ? '(?![\\p{L}\\p{N}_-])' : '';
          return `${head}${phraseBody(p)}${tail}`;
        });
      return { entry, re: new RegExp(alts.join('|'), 'giu') };
    });
}

/** Space between the words of a phrase (never a line break: the quick test scans the whole text, see linesMatching). */
const GAP = '[ \\t\\u00a0]{1,4}';

// A phrase as the units of its regex: each character (escaped; ' matching ’), a gap between words.
function phraseUnits(p: string): string[] {
  const units: string[] = [];
  p.trim()
    .split(/\s+/)
    .forEach((w, i) => {
      if (i) units.push(GAP);
      for (const ch of w) units.push(ch === "'" || ch === '’' ? "['’]" : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
    });
  return units;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One regex any phrase of the list matches: a line it does not match holds none. The phrases share their prefixes (a
 * trie: `f(?:orgot…|ail…)`), so the engine tries a few branches at each position, not ~100; phrases that start with an
 * ASCII letter or digit are tried at word starts only (`\b`: every phrase match starts after a non-letter).
 */
function quickTest(entries: readonly BlamelessPhrase[]): RegExp {
  const all = entries.flatMap((e) => e.phrases);
  const wordStart = (p: string): boolean => /^[A-Za-z0-9_]/.test(p.trim());
  const parts: string[] = [];
  const words = trieSource(all.filter(wordStart));
  if (words !== undefined) parts.push(`\\b(?:${words})`);
  const others = trieSource(all.filter((p) => !wordStart(p)));
  if (others !== undefined) parts.push(others);
  return new RegExp(parts.length ? parts.join('|') : '(?!)', 'gi');
}

/** The phrases as one regex body shaped as their trie; undefined for none ('' when one is empty: anything matches). */
function trieSource(phrases: readonly string[]): string | undefined {
  if (!phrases.length) return undefined;
  const root: TrieNode = { end: false, next: new Map() };
  for (const p of phrases) {
    let node = root;
    for (const u of phraseUnits(p)) {
      let child = node.next.get(u);
      if (!child) node.next.set(u, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  // Iterative (a configured phrase list must not overflow the stack): post-order, each node's body from its children's.
  const body = new Map<TrieNode, string>();
  const stack: Array<[TrieNode, boolean]> = [[root, false]];
  while (stack.length) {
    const [node, done] = stack.pop()!;
    if (!done) {
      stack.push([node, true]);
      for (const child of node.next.values()) stack.push([child, false]);
      continue;
    }
    const alts = [...node.next].map(([u, child]) => u + body.get(child)!);
    const group = alts.length === 1 ? alts[0]! : alts.length ? `(?:${alts.join('|')})` : '';
    // A phrase that ends here needs nothing more (a longer one through here still matches its prefix first).
    body.set(node, node.end ? '' : group);
  }
  return body.get(root)!;
}

/**
 * The line as the reader reads it: inline code, quoted words ("…", “…”), link targets and HTML tags blanked out
 * (same columns), emphasis markers as spaces.
 */
export function readableLine(line: string): string {
  if (!/[`"“\]<*~[]/.test(line)) return line; // nothing to blank
  const chars = line.split('');
  const blank = (a: number, b: number): void => {
    for (let i = a; i < b && i < chars.length; i++) chars[i] = ' ';
  };
  for (const [a, b] of line.includes('`') ? codeSpans(line) : []) blank(a, b);
  // Quotes: "…" and “…” on the line (an unpaired quote blanks nothing).
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== '"' && c !== '“') continue;
    const close = c === '"' ? line.indexOf('"', i + 1) : line.indexOf('”', i + 1);
    if (close < 0) break;
    blank(i, close + 1);
    i = close;
  }
  // Link targets "](…)" and tags "<…>".
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === ']' && chars[i + 1] === '(') {
      const close = line.indexOf(')', i + 2);
      if (close < 0) break;
      blank(i + 1, close + 1);
      i = close;
    } else if (chars[i] === '<') {
      const close = line.indexOf('>', i + 1);
      if (close < 0) break;
      blank(i, close + 1);
      i = close;
    }
  }
  for (let i = 0; i < chars.length; i++)
    if (chars[i] === '*' || chars[i] === '~' || chars[i] === '[' || chars[i] === ']') chars[i] = ' ';
  return chars.join('');
}

/** A subject found before a phrase: where it starts and what it is. */
interface Subject {
  start: number;
  kind: 'first' | 'third' | 'handle' | 'role' | 'name';
  /** The verb between the subject and the phrase (object markers: "deployed" in "Ana deployed the wrong config"). */
  verb?: { word: string; start: number };
  /** True when the subject opens its sentence (a rewrite starts with a capital). */
  opens: boolean;
}

/** A word with its columns. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The subject of the clause that ends at column `at`: the words since the clause began, read as
 * subject [adverbs/auxiliaries] [verb]. A form of "be" before the phrase makes it passive: no subject.
 */
function subjectBefore(
  text: string,
  at: number,
  allowVerb: boolean,
  people: ReadonlySet<string>,
  human: boolean,
): Subject | undefined {
  const from = Math.max(0, at - LOOKBACK);
  const lookback = text.slice(from, at);
  // The clause starts after the last punctuation mark or dash.
  let cut = -1;
  for (let i = lookback.length - 1; i >= 0; i--) {
    const c = lookback[i]!;
    if (
      '.!?;:,()|"“”'.includes(c) ||
      ((c === '-' || c === '–' || c === '—') && (lookback[i - 1] === ' ' || lookback[i + 1] === ' '))
    ) {
      cut = i;
      break;
    }
  }
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const clause = lookback.slice(cut + 1);
  for (let m = WORD.exec(clause); m; m = WORD.exec(clause))
    words.push({ text: m[0], start: from + cut + 1 + m.index, end: from + cut + 1 + m.index + m[0].length });
  // A time at the start of a timeline entry ("02:33 CST") is not part of the clause.
  let first = 0;
  for (let i = words.length - 1; i >= 0; i--)
    if (CLAUSE_WORDS.has(words[i]!.text.toLowerCase())) {
      first = i + 1;
      break;
    }
  let end = words.length;
  let verb: Subject['verb'];
  if (allowVerb && end > first) {
    const w = words[end - 1]!;
    if (/^[a-z]/.test(w.text) && (participleOf(w.text) || humanVerb(w.text))) {
      verb = { word: w.text, start: w.start };
      end--;
    }
  }
  while (end > first && BETWEEN.has(words[end - 1]!.text.toLowerCase())) end--;
  if (end > first && BE.has(words[end - 1]!.text.toLowerCase())) return undefined;
  const subject = words.slice(first, end);
  while (subject.length && /^\d/.test(subject[0]!.text)) subject.shift(); // "02 33 CST" left of a timeline entry
  while (subject.length && /^(?:[A-Z]{2,5}|UTC[+-]?\d{0,2}|GMT[+-]?\d{0,2}|[AP]M)$/.test(subject[0]!.text))
    subject.shift();
  // "… saw one of the junior staff": a role's noun phrase starts at its first determiner.
  const det = subject.findIndex((w) => DETERMINERS.has(w.text.toLowerCase()));
  if (det > 0 && subject.slice(det).some((w) => ROLE_NOUNS.has(w.text.toLowerCase()))) subject.splice(0, det);
  if (!subject.length || subject.length > 7) return undefined;
  const kind = subjectKind(subject, people, human || (verb !== undefined && humanVerb(verb.word) !== undefined));
  if (!kind) return undefined;
  const start = subject[0]!.start;
  const before = text.slice(Math.max(0, start - 40), start);
  const opens =
    /(?:^|[.!?:]\s{0,4}|\s[-–—]\s{1,3}|^\s*(?:[-*+]|\d{1,3}[.)])\s{1,4}(?:\[[ xX]\]\s{1,4})?)[\s*_]{0,4}$/.test(
      before,
    ) || /^\s*$/.test(before);
  return { start, kind, ...(verb ? { verb } : {}), opens };
}

// What the subject words are: a pronoun, an @handle, a role ("a junior engineer on duty") or a person's name. A
// capitalised word is a name only when the document names that person, or when what it did is something people do.
function subjectKind(words: readonly Word[], people: ReadonlySet<string>, human: boolean): Subject['kind'] | undefined {
  const lower = words.map((w) => w.text.toLowerCase());
  if (lower.length === 1 && FIRST_PERSON.has(lower[0]!)) return 'first';
  if (lower.length === 1 && THIRD_PERSON.has(lower[0]!)) return 'third';
  if (lower.length === 2 && lower[0] === 'no' && lower[1] === 'one') return 'third';
  if (lower.length === 1 && /^@[\w-]{1,60}$/.test(words[0]!.text)) return 'handle';
  // A role: determiners, up to three modifiers, a role noun, and maybe "on duty" / "in charge" / "from the ops team".
  for (let roleAt = lower.length - 1; roleAt >= 0; roleAt--) {
    if (!ROLE_NOUNS.has(lower[roleAt]!)) continue;
    const modifiers = lower.slice(0, roleAt).filter((w) => !DETERMINERS.has(w));
    const tail = lower.slice(roleAt + 1);
    const tailOk =
      tail.length === 0 ||
      (tail.length <= 3 && ['on', 'in', 'at', 'from', 'of', 'member', 'members'].includes(tail[0]!));
    if (modifiers.length <= 3 && tailOk && !modifiers.some((w) => /^\d/.test(w))) return 'role';
  }
  // A name: one or two capitalised words (or a known person's username), not a word that opens sentences or names a thing.
  if (lower.length <= 2 && lower.every((w) => !NOT_NAMES.has(w))) {
    if (lower.every((w) => people.has(w))) return 'name';
    if (human && words.every((w) => /^[A-Z][a-z'’-]{1,20}$/.test(w.text))) return 'name';
  }
  return undefined;
}

/** An @handle. */
const HANDLE = /(?:^|[\s(,;])@([\w-]{1,60})/g;

/** People the document names: owners, @handles, authors and reviewers, and the actors of its timeline. */
export function peopleOf(m: PostmortemModel): Set<string> {
  const out = new Set<string>();
  const add = (text: string): void => {
    for (const w of text.match(/[\p{L}][\p{L}'’-]{1,30}/gu) ?? [])
      if (!NOT_NAMES.has(w.toLowerCase())) out.add(w.toLowerCase());
  };
  for (const t of m.tasks) if (t.owner && t.ownerKind !== 'team') add(t.owner);
  for (const [k, v] of Object.entries(m.frontMatter ?? {}))
    if (/^(?:authors?|owners?|reviewers?|on-?call)$/i.test(k)) add(v);
  for (let n = 0; n < m.lineCount && n < 60; n++) {
    const label =
      /\b(?:prepared by|reviewed by|written by|authors?|owners?|incident commander|on-?call|reporter)\b[\s*_]{0,4}:[\s*_]{0,4}([^|\n]{1,120})/i.exec(
        m.lines[n]!.slice(0, 400),
      );
    if (label) add(label[1]!.split(',', 1)[0]!);
  }
  for (const e of m.timeline?.entries ?? []) {
    const a =
      /^[\s*_]{0,4}([A-Z][a-z'’-]{1,20})(?:\s[A-Z][a-z'’-]{1,20})?\s(?:paged|called|messaged|pinged|emailed|escalated|acknowledged|acked|joined|noticed|reported|declared|opened|rolled|restarted|deployed|reverted|investigated|found|confirmed|asked|posted|notified|alerted|took|started|began|checked|identified)\b/.exec(
        e.text,
      );
    if (a && !NOT_NAMES.has(a[1]!.toLowerCase())) out.add(a[1]!.toLowerCase());
  }
  for (let n = 0; n < m.lineCount; n++) {
    const line = m.lines[n]!;
    if (line.length >= 2000 || !line.includes('@')) continue;
    HANDLE.lastIndex = 0;
    for (let h = HANDLE.exec(line); h; h = HANDLE.exec(line)) out.add(h[1]!.toLowerCase());
  }
  return out;
}

/** Lines whose prose is read for blame: text outside code, block quotes, headings and HTML. */
function readable(m: PostmortemModel, n: number, headings: ReadonlySet<number>): boolean {
  return (
    m.parsed.kinds[n] === LineKind.Text && m.parsed.quote[n] === 0 && !headings.has(n) && !/^\s*</.test(m.lines[n]!)
  );
}

/** The regexes of a phrase list, compiled once per list (phraseList hands out the same list for the same config). */
const compiledLists = new WeakMap<readonly BlamelessPhrase[], { compiled: Compiled[]; quick: RegExp }>();

/** Every blaming phrase of the document, in line order, at most one per place (the first entry wins). */
export function findBlame(m: PostmortemModel, entries: readonly BlamelessPhrase[]): BlameMatch[] {
  let regexes = compiledLists.get(entries);
  if (!regexes)
    compiledLists.set(entries, (regexes = { compiled: compilePhrases(entries), quick: quickTest(entries) }));
  const { compiled, quick } = regexes;
  if (!compiled.length) return [];
  // Headings are not read; a "Label: text" heading's text is (from its body column).
  const headings = new Set(m.sections.filter((s) => s.bodyColumn === undefined).map((s) => s.headingLine));
  const bodyColumn = new Map(
    m.sections.filter((s) => s.bodyColumn !== undefined).map((s) => [s.headingLine, s.bodyColumn!]),
  );
  if (m.titleLine !== undefined && !bodyColumn.has(m.titleLine)) headings.add(m.titleLine);
  // Flags per line (a 1 MB document has tens of thousands of lines: no Set of numbers).
  const timeline = new Uint8Array(m.lineCount);
  for (const e of m.timeline?.entries ?? []) timeline.fill(1, e.line, e.endLine);
  const tasks = new Uint8Array(m.lineCount);
  for (const t of m.tasks) tasks.fill(1, t.line, t.endLine);
  const causeLines = new Uint8Array(m.lineCount);
  // The root-cause section reads as the cause: the section holding the check, or one named for the cause.
  for (const r of m.regions) {
    const s = m.template.sections[r.templateIndex]!;
    if ((s.content?.includes('root-cause') && s.content.length === 1) || /cause/.test(s.id))
      causeLines.fill(1, r.startLine, r.endLine);
  }
  let people: Set<string> | undefined;
  const out: BlameMatch[] = [];
  const candidates = linesMatching(m.parsed, quick);
  for (let n = 0; n < m.lineCount && out.length < MAX_FINDINGS; n++) {
    if (!candidates[n] || !readable(m, n, headings)) continue;
    const raw = m.lines[n]!;
    const original = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    const skip = bodyColumn.get(n) ?? 0;
    const text = skip
      ? ' '.repeat(Math.min(skip, original.length)) + readableLine(original.slice(skip))
      : readableLine(original);
    const taken: Array<[number, number]> = [];
    for (const { entry, re } of compiled) {
      if (taken.length >= MAX_PER_LINE) break;
      if (entry.notInTimeline && timeline[n]) continue;
      if (entry.notInTasks && tasks[n]) continue;
      re.lastIndex = 0;
      for (let hit = re.exec(text); hit && taken.length < MAX_PER_LINE; hit = re.exec(text)) {
        const at = hit.index,
          after = at + hit[0].length;
        if (taken.some(([a, b]) => at < b && after > a)) continue;
        people ??= peopleOf(m);
        const found = judge(entry, text, original, at, after, { people, cause: causeLines[n] === 1 });
        if (!found) continue;
        taken.push([found.start, after]);
        out.push({ entry, line: n, phrase: original.slice(at, after), ...found });
      }
    }
  }
  return out;
}

/** Phrases only people do: a capitalised subject of one is a name. */
const HUMAN_ONLY =
  /^(?:forg|neglect|omitted|made an?\s|messed|screwed|didn['’]t\s+follow|did\s+not\s+follow|failed\s+to\s+follow|ignored|disregarded)/;
/** What people fail to do, or should have done, as opposed to what systems fail to do ("failed to notice" vs "failed to start"). */
const COGNITION =
  /^(?:notic|check|verif|test|follow|escalat|respond|communicat|review|read|inform|notif|report|document|ask|tell|told|warn|mention|realiz|realis|catch|caught|spot|understand|consider|anticipat|plan|confirm|double|wait|look|back)/i;

/** Words that may follow "human error" given as a cause (any other word makes it a modifier: "user error reports"). */
const AFTER_CAUSE = new Set([
  'is',
  'was',
  'were',
  'as',
  'by',
  'on',
  'in',
  'at',
  'from',
  'and',
  'or',
  'that',
  'which',
  'when',
  'during',
  'of',
  'caused',
  'led',
  'resulted',
  'triggered',
  'combined',
  'rather',
  'alone',
]);

/** Decides whether a phrase at [at, after) counts where it stands; its span and rewrite when it does. */
function judge(
  entry: BlamelessPhrase,
  text: string,
  original: string,
  at: number,
  after: number,
  ctx: { people: ReadonlySet<string>; cause: boolean },
): Pick<BlameMatch, 'start' | 'end' | 'rewrite'> | undefined {
  const when = entry.when ?? 'any';
  const phrase = text.slice(at, after).toLowerCase();
  const next = /^\s{1,4}([\p{L}'’-]{1,30})/u.exec(text.slice(after, after + 40))?.[1];
  const objectMarker = /^(?:the|a|an)\s/.test(phrase);
  const human = /ly$/.test(phrase)
    ? next !== undefined && humanVerb(next) !== undefined
    : objectMarker
      ? false
      : HUMAN_ONLY.test(phrase) || (next !== undefined && COGNITION.test(next));
  const needsSubject =
    when === 'person' || when === 'other-person' || when === 'person-participle' || when === 'procedure';
  let subject: Subject | undefined;
  if (needsSubject || entry.rewrite === 'manual-step') {
    subject = subjectBefore(text, at, objectMarker, ctx.people, human);
    if (needsSubject && !subject) return undefined;
    // Blame is about others: "we ignored the alert because it was noisy" tells what happened and why.
    if ((when === 'other-person' || when === 'procedure') && subject?.kind === 'first') return undefined;
  }
  if (when === 'person-participle' && (!next || !isParticiple(next))) return undefined;
  if (when === 'procedure' && !PROCEDURE.test(text.slice(after, after + 80))) return undefined;
  if (when === 'cause') {
    // "human error" as the cause, not as a modifier ("a surge in user error reports").
    if (next && !AFTER_CAUSE.has(next.toLowerCase())) return undefined;
    if (NEGATION.test(text.slice(Math.max(0, at - 60), at))) return undefined;
    // "Human error is never the root cause" / "is a symptom": about human error, not blaming it.
    if (
      /^\s{1,3}(?:is|was)\s{1,3}(?:never|not|no|rarely|only|a\s{1,3}symptom|a\s{1,3}starting)/i.test(
        text.slice(after, after + 40),
      )
    )
      return undefined;
    if (!ctx.cause && !CAUSE.test(sentenceAround(text, at, after))) return undefined;
  }
  if (when === 'person-after') {
    // "a mistake by the developer", not "an error made by the parser": what follows is a person.
    const words: Word[] = [];
    const tail = text.slice(after, after + 80);
    const upTo = tail.search(/[.,;:!?()]/);
    const segment = upTo >= 0 ? tail.slice(0, upTo) : tail;
    WORD.lastIndex = 0;
    for (let w = WORD.exec(segment); w && words.length < 5; w = WORD.exec(segment))
      words.push({ text: w[0], start: after + w.index, end: after + w.index + w[0].length });
    let kind: Subject['kind'] | undefined;
    for (let k = words.length; k > 0 && !kind; k--) kind = subjectKind(words.slice(0, k), ctx.people, false);
    if (!kind) return undefined;
  }
  if (phrase.startsWith("'s") || phrase.startsWith('’s')) {
    // "Bob's fault": whose fault is a person's.
    const owner = /([\p{L}@][\p{L}\p{N}_-]{0,30})$/u.exec(text.slice(Math.max(0, at - 32), at))?.[1];
    if (!owner) return undefined;
    const o = owner.toLowerCase();
    if (!(
      ctx.people.has(o) ||
      owner.startsWith('@') ||
      ROLE_NOUNS.has(o) ||
      (/^[A-Z][a-z]{1,20}$/.test(owner) && !NOT_NAMES.has(o))
    ))
      return undefined;
    return { start: at - owner.length, end: after };
  }
  const span = { start: subject && needsSubject ? subject.start : at, end: after };
  const rewrite = rewriteOf(entry, text, original, at, after, subject);
  return rewrite ? { ...span, rewrite } : span;
}

// The sentence holding [at, after) (bounded on both sides).
function sentenceAround(text: string, at: number, after: number): string {
  const left = text.slice(Math.max(0, at - 200), at);
  const right = text.slice(after, after + 200);
  const l = Math.max(left.lastIndexOf('. '), left.lastIndexOf('! '), left.lastIndexOf('? '));
  const r = right.search(/[.!?](?:\s|$)/);
  return `${l >= 0 ? left.slice(l + 2) : left}${text.slice(at, after)}${r >= 0 ? right.slice(0, r) : right}`;
}

/** The words after column `from` up to the end of their clause, when they are plain words (no markup, quotes or code). */
function restOfClause(
  text: string,
  original: string,
  from: number,
  maxWords: number,
): { end: number; words: string } | undefined {
  const tail = text.slice(from, from + 200);
  const stop = tail.search(CLAUSE_END);
  const raw = (stop >= 0 ? tail.slice(0, stop) : tail).trimEnd();
  const words = raw.trim();
  if (
    !words ||
    original.slice(from, from + raw.length) !== text.slice(from, from + raw.length) ||
    !PLAIN_WORDS.test(words)
  )
    return undefined;
  if (words.split(/\s+/).length > maxWords) return undefined;
  return { end: from + raw.length, words };
}

// Upper-cases the first letter.
function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// The head noun's number decides "was" or "were" ("the wrong files were …").
function beFor(noun: string): string {
  const last = noun.trim().split(/\s+/).pop()!.toLowerCase();
  return /[^su]s$/.test(last) && !/(?:ss|us|is)$/.test(last) ? 'were' : 'was';
}

/** A system-framed rewrite of the clause, when one can be made safely; undefined otherwise. */
function rewriteOf(
  entry: BlamelessPhrase,
  text: string,
  original: string,
  at: number,
  after: number,
  subject: Subject | undefined,
): BlameMatch['rewrite'] {
  switch (entry.rewrite) {
    case 'drop-word': {
      // "Obviously, the disk was full" → "The disk was full"; "was obviously full" → "was full".
      const comma = /^,?\s{1,3}/.exec(text.slice(after, after + 4))?.[0] ?? '';
      const opens = /(?:^|[.!?:]\s{1,4}|^\s*(?:[-*+]|\d{1,3}[.)])\s{1,4})$/.test(text.slice(0, at));
      if (opens) {
        const next = text.charAt(after + comma.length);
        return { start: at, end: after + comma.length + (next ? 1 : 0), text: next.toUpperCase() };
      }
      if (text.charAt(at - 1) === ' ') return { start: at - 1, end: after + (comma.startsWith(',') ? 1 : 0), text: '' };
      return undefined;
    }
    case 'manual-step': {
      // "Ana forgot to rotate the logs" → "rotating the logs depended on a manual step".
      if (!subject) return undefined;
      const verb = /^\s{1,3}([a-z]{2,20})\b/.exec(text.slice(after, after + 30));
      if (!verb) return undefined;
      const rest = restOfClause(text, original, after + verb[0].length, 8);
      const object = rest?.words ?? '';
      const end = rest?.end ?? after + verb[0].length;
      if (!rest && !/^\s*(?:[.,;:!?]|$)/.test(text.slice(end, end + 2))) return undefined;
      const said = `${gerund(verb[1]!)}${object ? ` ${object}` : ''} depended on a manual step`;
      return { start: subject.start, end, text: subject.opens ? capital(said) : said };
    }
    case 'not-followed': {
      // "Ana didn't follow the runbook" → "the runbook was not followed".
      if (!subject || !/follow/i.test(text.slice(at, after))) return undefined;
      const rest = restOfClause(text, original, after, 6);
      if (!rest || !/^(?:the|our|its|their|this|that)\s/i.test(rest.words)) return undefined;
      const said = `${rest.words} ${beFor(rest.words)} not followed`;
      return { start: subject.start, end: rest.end, text: subject.opens ? capital(said) : said };
    }
    case 'passive': {
      if (!subject || subject.kind === 'first') return undefined;
      const phrase = text.slice(at, after).toLowerCase();
      if (/^(?:the|a|an)\s/.test(phrase) && subject.verb) {
        // "Ana deployed the wrong config" → "the wrong config was deployed".
        const done = participleOf(subject.verb.word);
        const rest = restOfClause(text, original, after, 5);
        if (!done || !rest) return undefined;
        const object = `${original.slice(at, after).replace(/\s+/g, ' ').toLowerCase()} ${rest.words}`;
        const said = `${object} ${beFor(rest.words)} ${done}`;
        return { start: subject.start, end: rest.end, text: subject.opens ? capital(said) : said };
      }
      if (/ly$/.test(phrase)) {
        // "Ana accidentally deleted the users table" → "the users table was deleted".
        const verb = /^\s{1,3}([a-z]{2,20})\b/.exec(text.slice(after, after + 30));
        const done = verb ? participleOf(verb[1]!) : undefined;
        if (!verb || !done) return undefined;
        const rest = restOfClause(text, original, after + verb[0].length, 5);
        if (!rest || !/^(?:the|a|an|our|its|their|all|some|two|three|several)\s/i.test(rest.words)) return undefined;
        const said = `${rest.words} ${beFor(rest.words)} ${done}`;
        return { start: subject.start, end: rest.end, text: subject.opens ? capital(said) : said };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
