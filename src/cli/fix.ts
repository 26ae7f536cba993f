// --fix: applies every fix that is safe without looking, pass after pass, and says which findings it fixed.
import { fixAllText, isFixAllSafe, lint, type Finding, type LintOptions, type LintResult } from '../core/index';

/** What fixing one text did. */
export interface FixOutcome {
  /** The fixed text (the input itself when nothing was fixable). */
  text: string;
  /** The lint of the input. */
  before: LintResult;
  /** The lint of the fixed text. */
  after: LintResult;
  /** The input's findings that the fixes removed (ranges in the input). */
  fixed: Finding[];
  /** The text after each fix pass (the last is `text`): line endings are carried through them pass by pass. */
  steps: string[];
}

/** Fixes `text` (LF line endings, no BOM) with the fixes "fix all" takes in the editor. */
export function fixText(text: string, options: LintOptions): FixOutcome {
  const all = fixAllText(text, options);
  const fixed = all.text;
  const before = lint(text, options);
  const after = fixed === text ? before : lint(fixed, options);
  const left = new Map<string, number>();
  for (const f of after.findings) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  const gone = before.findings.filter((f) => {
    if (!isFixAllSafe(f)) return false;
    const n = left.get(key(f)) ?? 0;
    if (n > 0) left.set(key(f), n - 1);
    return n === 0;
  });
  return { text: fixed, before, after, fixed: fixed === text ? [] : gone, steps: all.steps };
}

const key = (f: Finding): string => `${f.ruleId}\u0000${f.message}`;
