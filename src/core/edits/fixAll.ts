// Fix-all: applies every fix-all-safe preferred fix, pass after pass, until nothing more is fixable. One owner
// for the editor's "Fix All", fix on save and `postmortem-lint --fix`.
import { lint } from '../lint';
import { getRule } from '../rules/index';
import type { Finding, LintOptions, TextEdit } from '../types';
import { applyEdits, rangesOverlap } from './text';

/** True when a finding's preferred fix is safe to apply unseen (rule metadata). */
export function isFixAllSafe(f: Finding): boolean {
  return f.fix !== undefined && f.fix.edits.length > 0 && getRule(f.ruleId)?.fixAll === true;
}

/** The non-overlapping edits of the preferred fixes (a fix is taken whole or not at all), and the findings they fix. */
export function compatibleFixEdits(
  findings: readonly Finding[],
  accept: (f: Finding) => boolean = isFixAllSafe,
): { edits: TextEdit[]; fixed: Finding[] } {
  const edits: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0 || !accept(f)) continue;
    if (f.fix.edits.some((e) => edits.some((t) => rangesOverlap(e.range, t.range)))) continue;
    for (const e of f.fix.edits) edits.push(e); // no spread: a fix may hold one edit per line of a long section
    fixed.push(f);
  }
  return { edits, fixed };
}

/**
 * Fixes a text (LF line endings, no BOM): lints, applies the compatible safe fixes, repeats until stable
 * (at most `maxPasses`). Returns the text, the text after each pass (`steps`: a pass either edits lines in place or
 * moves them, so an adapter can carry each line's own ending through), and every finding a pass fixed.
 */
export function fixAllText(
  text: string,
  options: LintOptions = {},
  opts: { maxPasses?: number; accept?: (f: Finding) => boolean } = {},
): { text: string; fixed: Finding[]; passes: number; steps: string[] } {
  const seen = new Set([text]);
  const fixed: Finding[] = [];
  const steps: string[] = [];
  let current = text;
  let passes = 0;
  // Every pass reads the document with the template the first pass chose: sections inserted for one template must
  // not make another fit better halfway through.
  let pinned = options;
  while (passes < (opts.maxPasses ?? 5)) {
    const result = lint(current, pinned);
    if (pinned === options && !options.template) pinned = { ...options, template: result.template.id };
    const r = compatibleFixEdits(result.findings, opts.accept);
    if (r.edits.length === 0) break;
    const next = applyEdits(current, r.edits);
    passes++;
    if (seen.has(next)) break;
    seen.add(next);
    for (const f of r.fixed) fixed.push(f);
    steps.push(next);
    current = next;
  }
  return { text: current, fixed, passes, steps };
}
