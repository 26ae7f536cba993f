// Lints a postmortem: parse → outline → model, then every rule in isolation.
import { buildModel } from './model/build';
import { outline } from './outline/index';
import { parseText } from './parse/index';
import { allRules } from './rules/index';
import { phraseList } from './blameless/phrases';
import type { Rule, RuleContext } from './rules/rule';
import { parseIsoDate } from './time/calendar';
import type { Finding, LintOptions, LintResult, PostmortemModel, Range } from './types';

/** Reads a text into the model: parse once, outline (sections, template), model. Pure; never throws. */
export function readModel(text: string, options: LintOptions = {}): PostmortemModel {
  const parsed = parseText(text);
  const o: Parameters<typeof outline>[1] = {};
  if (options.template) o.template = options.template;
  if (options.defaultTemplate) o.defaultTemplate = options.defaultTemplate;
  if (options.customTemplates?.length) o.customTemplates = options.customTemplates;
  return buildModel(parsed, outline(parsed, o));
}

/** Keeps a range inside the document (defensive: a finding must never point outside). */
function clamp(m: PostmortemModel, r: Range): Range {
  const last = Math.max(0, m.lineCount - 1);
  const sl = Math.max(0, Math.min(r.startLine, last)),
    el = Math.max(sl, Math.min(r.endLine, last));
  const sc = Math.max(0, Math.min(r.startColumn, m.lines[sl]?.length ?? 0));
  let ec = Math.max(0, Math.min(r.endColumn, m.lines[el]?.length ?? 0));
  if (el === sl && ec < sc) ec = sc;
  return { startLine: sl, startColumn: sc, endLine: el, endColumn: ec };
}

/**
 * Lints Markdown text. Template: `options.template`, else the document's hint (front matter `template:` /
 * `<!-- postmortem: id -->`), else the best match by headings, else `defaultTemplate`.
 * Pure and synchronous; never throws for any input (a rule that throws is reported in `ruleErrors`).
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintModel(readModel(text, options), options);
}

/** What the rules read besides the model, from the options. */
export function ruleContext(options: LintOptions): RuleContext {
  const today = parseIsoDate(options.today);
  return { blameless: phraseList(options.blameless), ...(today ? { today } : {}) };
}

/** Runs the rules on a model (tests pass their own rule list to check that a throwing rule is isolated). */
export function lintModel(
  model: PostmortemModel,
  options: LintOptions = {},
  rules: readonly Rule[] = allRules,
): LintResult {
  const findings: Finding[] = [];
  const ruleErrors: Array<{ ruleId: string; message: string }> = [];
  const lower = new Map<string, string>();
  for (const [k, v] of Object.entries(options.rules ?? {})) lower.set(k.toLowerCase(), v);
  const context = ruleContext(options);
  for (const rule of rules) {
    const setting = lower.get(rule.id.toLowerCase()) ?? lower.get(rule.name);
    if (setting === 'off' || (rule.appliesTo && !rule.appliesTo(model.template))) continue;
    // A document that does not read as a postmortem gets one finding saying so, not a cascade.
    if (!model.reading.postmortem && !rule.always) continue;
    try {
      for (const f of rule.check(model, context)) {
        f.range = clamp(model, f.range);
        if (setting) f.severity = setting as Finding['severity'];
        findings.push(f);
      }
    } catch (e) {
      ruleErrors.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort(
    (a, b) =>
      a.range.startLine - b.range.startLine ||
      a.range.startColumn - b.range.startColumn ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const result: LintResult = { template: model.template, templateSource: model.templateSource, findings, model };
  if (ruleErrors.length) result.ruleErrors = ruleErrors;
  return result;
}

/** lint() with a given rule list. */
export function lintWith(rules: readonly Rule[], text: string, options: LintOptions = {}): LintResult {
  return lintModel(readModel(text, options), options, rules);
}
