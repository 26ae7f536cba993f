// Loads and validates custom templates from a `.postmortem.json` file.

import { PHRASE_LIMITS } from '../blameless/phrases';
import type { BlamelessConfig, BlamelessPhrase, BlamelessWhen, Severity, Template, TemplateSection } from '../types';

/** The content checks a template section may ask for (kept in step with schemas/postmortem.schema.json by a test). */
export const CONTENT_CHECKS = [
  'duration',
  'start-end',
  'time-zone',
  'impact',
  'percent-users',
  'root-cause',
  'timeline',
  'task-list',
  'owner-deadline',
  'action-type',
] as const;
/** Where a custom blameless phrase counts (kept in step with the schema by a test). */
export const PHRASE_WHEN = [
  'any',
  'person',
  'other-person',
  'person-participle',
  'person-after',
  'cause',
  'procedure',
] as const;
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
const ID = /^[A-Za-z0-9][\w.-]*$/;

/** Result of validating `.postmortem.json`: the usable templates and one message per problem, naming the field. */
export interface CustomTemplatesResult {
  templates: Template[];
  errors: string[];
  /** `defaultTemplate` from the file, when given. */
  defaultTemplate?: string;
  /** `blameless` from the file: phrases added or replaced, ids and families disabled. */
  blameless?: BlamelessConfig;
}

// Makes an id from a title.
function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

// True for a non-empty string.
function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

// Validates one section; pushes errors and returns it, or undefined when unusable.
function section(raw: unknown, path: string, errors: string[]): TemplateSection | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`${path}: expected an object with at least a "title"`);
    return undefined;
  }
  const s = raw as Record<string, unknown>;
  if (!isText(s.title)) {
    errors.push(`${path}.title: expected a non-empty string`);
    return undefined;
  }
  if (s.id !== undefined && !isText(s.id)) errors.push(`${path}.id: expected a non-empty string`);
  let aliases: string[] = [];
  if (s.aliases !== undefined) {
    if (Array.isArray(s.aliases) && s.aliases.every(isText)) aliases = s.aliases;
    else errors.push(`${path}.aliases: expected an array of non-empty strings`);
  }
  if (s.required !== undefined && typeof s.required !== 'boolean')
    errors.push(`${path}.required: expected true or false`);
  if (s.skeleton !== undefined && typeof s.skeleton !== 'string') errors.push(`${path}.skeleton: expected a string`);
  const content: TemplateSection['content'] = [];
  if (s.content !== undefined) {
    if (!Array.isArray(s.content)) errors.push(`${path}.content: expected an array of ${CONTENT_CHECKS.join(', ')}`);
    else
      s.content.forEach((c, i) => {
        if ((CONTENT_CHECKS as readonly unknown[]).includes(c)) content.push(c as (typeof CONTENT_CHECKS)[number]);
        else
          errors.push(
            `${path}.content[${i}]: unknown check ${JSON.stringify(c)}; expected one of ${CONTENT_CHECKS.join(', ')}`,
          );
      });
  }
  const out: TemplateSection = {
    id: isText(s.id) ? s.id : slug(s.title),
    title: s.title,
    aliases,
    required: typeof s.required === 'boolean' ? s.required : true,
    skeleton: typeof s.skeleton === 'string' ? s.skeleton : '',
  };
  if (content.length) out.content = content;
  return out;
}

// Validates one template; pushes errors and returns it, or undefined when unusable.
function template(raw: unknown, path: string, errors: string[]): Template | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`${path}: expected an object with "id", "title" and "sections"`);
    return undefined;
  }
  const t = raw as Record<string, unknown>;
  const before = errors.length;
  if (!isText(t.id)) errors.push(`${path}.id: expected a non-empty string`);
  else if (!/^[A-Za-z0-9][\w.-]*$/.test(t.id))
    errors.push(`${path}.id: use letters, digits, ".", "_" or "-" (got ${JSON.stringify(t.id)})`);
  if (t.title !== undefined && !isText(t.title)) errors.push(`${path}.title: expected a non-empty string`);
  if (t.description !== undefined && typeof t.description !== 'string')
    errors.push(`${path}.description: expected a string`);
  if (!Array.isArray(t.sections) || t.sections.length === 0)
    errors.push(`${path}.sections: expected a non-empty array of sections`);
  const sections = Array.isArray(t.sections)
    ? t.sections.map((s, i) => section(s, `${path}.sections[${i}]`, errors)).filter((s): s is TemplateSection => !!s)
    : [];
  const ids = new Set<string>();
  sections.forEach((s, i) => {
    if (ids.has(s.id)) errors.push(`${path}.sections[${i}].id: duplicate section id ${JSON.stringify(s.id)}`);
    ids.add(s.id);
  });
  let wordRange: Template['wordRange'];
  if (t.wordRange !== undefined) {
    const w = t.wordRange as Record<string, unknown> | null;
    if (
      typeof w !== 'object' ||
      w === null ||
      typeof w.min !== 'number' ||
      typeof w.max !== 'number' ||
      w.min < 0 ||
      w.min > w.max
    ) {
      errors.push(`${path}.wordRange: expected { "min": number, "max": number } with 0 <= min <= max`);
    } else wordRange = { min: w.min, max: w.max };
  }
  if (t.blameless !== undefined && !(SEVERITIES as readonly unknown[]).includes(t.blameless))
    errors.push(`${path}.blameless: expected one of ${SEVERITIES.join(', ')}`);
  if (errors.length > before || !isText(t.id)) return undefined;
  const out: Template = {
    id: t.id,
    title: isText(t.title) ? t.title : t.id,
    description: typeof t.description === 'string' ? t.description : '',
    sections,
  };
  if (wordRange) out.wordRange = wordRange;
  if (t.blameless !== undefined) out.blameless = t.blameless as Severity | 'off';
  return out;
}

/**
 * Validates the content of `.postmortem.json` (`{ "templates": [...] }` or a bare array of templates).
 * Invalid templates are dropped; each problem is reported once with the path of the field.
 */
export function validateCustomTemplates(json: unknown): CustomTemplatesResult {
  const errors: string[] = [];
  let list: unknown = json;
  let defaultTemplate: string | undefined;
  let blameless: BlamelessConfig | undefined;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    list = o.templates ?? [];
    if (o.defaultTemplate !== undefined) {
      if (isText(o.defaultTemplate)) defaultTemplate = o.defaultTemplate;
      else errors.push('defaultTemplate: expected a template id');
    }
    if (o.blameless !== undefined) blameless = blamelessConfig(o.blameless, errors);
  }
  if (!Array.isArray(list)) {
    errors.push('templates: expected an array of templates');
    return { templates: [], errors, ...(blameless ? { blameless } : {}) };
  }
  const templates: Template[] = [];
  list.forEach((raw, i) => {
    const t = template(raw, `templates[${i}]`, errors);
    if (!t) return;
    if (templates.some((x) => x.id === t.id))
      errors.push(`templates[${i}].id: duplicate template id ${JSON.stringify(t.id)}`);
    else templates.push(t);
  });
  const result: CustomTemplatesResult = { templates, errors };
  if (defaultTemplate) result.defaultTemplate = defaultTemplate;
  if (blameless) result.blameless = blameless;
  return result;
}

/** Validates `blameless`: `{ "phrases": [{ "id", "phrases", "message"?, "suggestion"?, "family"?, "when"? }], "disable": [ids or families] }`. */
function blamelessConfig(raw: unknown, errors: string[]): BlamelessConfig | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push('blameless: expected an object with "phrases" and/or "disable"');
    return undefined;
  }
  const o = raw as Record<string, unknown>;
  const out: BlamelessConfig = {};
  for (const key of Object.keys(o))
    if (key !== 'phrases' && key !== 'disable')
      errors.push(`blameless.${key}: unknown field; expected "phrases" or "disable"`);
  if (o.disable !== undefined) {
    if (Array.isArray(o.disable) && o.disable.every(isText)) out.disable = o.disable;
    else errors.push('blameless.disable: expected an array of phrase ids or families ("should-have", "hindsight")');
  }
  if (o.phrases !== undefined) {
    if (!Array.isArray(o.phrases)) errors.push('blameless.phrases: expected an array of phrase entries');
    else if (o.phrases.length > PHRASE_LIMITS.entries)
      errors.push(`blameless.phrases: at most ${PHRASE_LIMITS.entries} entries`);
    else {
      const phrases: BlamelessPhrase[] = [];
      o.phrases.forEach((p, i) => {
        const entry = phraseEntry(p, `blameless.phrases[${i}]`, errors);
        if (!entry) return;
        if (phrases.some((x) => x.id.toLowerCase() === entry.id.toLowerCase()))
          errors.push(`blameless.phrases[${i}].id: duplicate id ${JSON.stringify(entry.id)}`);
        else phrases.push(entry);
      });
      out.phrases = phrases;
    }
  }
  return out;
}

// Validates one custom phrase entry: literal phrases (never a regular expression: every phrase matches in linear time).
function phraseEntry(raw: unknown, path: string, errors: string[]): BlamelessPhrase | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`${path}: expected an object with "id" and "phrases"`);
    return undefined;
  }
  const p = raw as Record<string, unknown>;
  const before = errors.length;
  if (!isText(p.id) || !ID.test(p.id)) errors.push(`${path}.id: expected an id of letters, digits, ".", "_" or "-"`);
  const limit = PHRASE_LIMITS;
  if (!Array.isArray(p.phrases) || p.phrases.length === 0 || p.phrases.length > limit.phrasesPerEntry) {
    errors.push(`${path}.phrases: expected 1 to ${limit.phrasesPerEntry} phrases`);
  } else {
    p.phrases.forEach((x, i) => {
      if (!isText(x) || x.length > limit.phraseLength || !/[\p{L}\p{N}]/u.test(x))
        errors.push(`${path}.phrases[${i}]: expected words (at most ${limit.phraseLength} characters)`);
    });
  }
  for (const key of ['message', 'suggestion', 'family'] as const)
    if (p[key] !== undefined && !isText(p[key])) errors.push(`${path}.${key}: expected a non-empty string`);
  if (p.when !== undefined && !(PHRASE_WHEN as readonly unknown[]).includes(p.when))
    errors.push(`${path}.when: expected one of ${PHRASE_WHEN.join(', ')}`);
  if (errors.length > before) return undefined;
  const entry: BlamelessPhrase = {
    id: p.id as string,
    family: isText(p.family) ? p.family : 'custom',
    phrases: (p.phrases as string[]).map((x) => x.trim()),
    message: isText(p.message) ? p.message : 'reads as blame',
    suggestion: isText(p.suggestion) ? p.suggestion : 'describe what the system did and what let it happen',
  };
  if (p.when !== undefined) entry.when = p.when as BlamelessWhen;
  return entry;
}
