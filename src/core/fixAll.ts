// Applies every preferred fix to a text, pass after pass, until nothing more is fixable: the "fix all" of the editor and CLI.
import type { Finding, TextEdit } from './types';
import { applyEdits, rangesOverlap } from './textEdits';

/** Rules whose fixes need a person's judgement (placeholder text, summary wording): single quick fixes only. */
const MANUAL_ONLY = /placeholder|summary-/;

/**
 * True when a finding's preferred fix may be applied without looking: the "fix all" of the editor and `postmortem-lint
 * --fix` both accept exactly these (until each rule declares it with its fix).
 */
export function isFixAllSafe(f: Finding): boolean {
  return f.fix !== undefined && !MANUAL_ONLY.test(f.ruleName);
}

/** The non-overlapping edits of the preferred fixes (a fix is taken whole or not at all). */
export function compatibleFixEdits(findings: Finding[], accept: (f: Finding) => boolean = () => true): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0 || !accept(f)) continue;
    if (f.fix.edits.some((e) => taken.some((t) => rangesOverlap(e.range, t.range)))) continue;
    for (const e of f.fix.edits) taken.push(e); // no spread: a fix may hold one edit per line of a long section
  }
  return taken;
}

/** Fixes a text: lints, applies compatible preferred fixes, repeats (at most `maxPasses`) until stable. */
export function fixAllText(
  text: string, lintText: (text: string) => Finding[], opts: { maxPasses?: number; accept?: (f: Finding) => boolean } = {},
): { text: string; passes: number } {
  const seen = new Set([text]);
  let current = text;
  let passes = 0;
  while (passes < (opts.maxPasses ?? 5)) {
    const edits = compatibleFixEdits(lintText(current), opts.accept);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    passes++;
    if (seen.has(next)) break;
    seen.add(next);
    current = next;
  }
  return { text: current, passes };
}
