// Public API of the pure postmortem engine (Node, browser bundle and CLI alike; no vscode, no DOM).
export * from './types';
export { lint, lintWith } from './lint';
export { parse, type ParseOptions } from './parse/index';
export type { ParsedDocument, Block } from './parse/model';
export { cleanTitle, headingKey, similarity } from './parse/normalize';
export { builtinTemplates, getTemplate, allTemplates, DEFAULT_TEMPLATE_ID } from './templates/index';
export { validateCustomTemplates, type CustomTemplatesResult } from './templates/custom';
export { chooseTemplate, matchTemplate, type TemplateMatch, type SectionMatch } from './templates/match';
export { allRules, ruleMetas, getRule } from './rules/index';
export type { Rule, RuleContext } from './rules/rule';
export { sectionInsertEdit, sectionMarkdown, templateMarkdown, stripSnippet } from './sectionInsert';
export { postmortemSnippet, sectionSnippet, snippetToText, renumberTabstops } from './skeleton';
export { formatTimelineStamp, type StampOptions } from './time/format';
export { findTimestamps, findDates, absoluteMinutes, type DateMatch } from './time/parse';
export { findDurations, formatDuration, type DurationMatch } from './time/duration';
export { parseZone, findZone, ianaOffsetMinutes, ZONE_ABBREVIATIONS } from './time/zones';
export { buildFlowchart, flowchartModel, renderFlowchart, type FlowchartOptions, type FlowchartModel } from './flowchart';
export { createRenderer, FLOWCHART_MARKER, FLOWCHART_START, FLOWCHART_END } from './render';
