// Public API of the pure postmortem engine (Node, browser bundle and CLI alike; no vscode, no DOM). Adapters
// (extension, CLI, webview) import from here only. The pipeline: parse → outline → model → rules / story / edits.
export * from './types';
export { lint, lintModel, lintWith, readModel } from './lint';
export { parseIsoDate, isoDate, localIsoDate } from './time/calendar';
export { parseText, type ParsedText, type Block } from './parse/index';
export { splitLines, sourceText, joinSource, type SourceText } from './parse/source';
export { countWords } from './parse/words';
export { cleanTitle, headingKey, similarity } from './outline/normalize';
export { looksLikePostmortem, firstHeading } from './outline/recognize';
export { builtinTemplates, getTemplate, allTemplates, DEFAULT_TEMPLATE_ID } from './templates/index';
export { validateCustomTemplates, type CustomTemplatesResult } from './templates/custom';
export { loadConfig } from './templates/config';
export { allRules, ruleMetas, getRule } from './rules/index';
export type { Rule } from './rules/rule';
export { isFixAllSafe, fixAllText, compatibleFixEdits } from './edits/fixAll';
export { applyEdits, diffEdit, rangesOverlap, insertLinesEdit } from './edits/text';
export { sectionInsertEdit, sectionMarkdown, templateMarkdown, stripSnippet } from './edits/sections';
export { postmortemSnippet, sectionSnippet, snippetToText, renumberTabstops } from './edits/skeleton';
export { buildSnippets, SnippetNames, type Snippet } from './edits/snippets';
export {
  planTimelineInsert,
  timelineCrossesMidnight,
  wouldCrossMidnight,
  sectionPlace,
  type Placement,
  type TimelineInsertion,
} from './edits/timelineInsert';
export {
  planTimelineEntry,
  entryZoneLabel,
  wallIn,
  LIVE_WINDOW_MINUTES,
  type EntryRequest,
  type EntryPlan,
  type EntryResult,
} from './edits/timelineEntry';
export {
  readEntryStyle,
  formatEntry,
  formatClock,
  formatDateLike,
  styleFromFormat,
  type EntryStyle,
  type ClockStyle,
  type WallTime,
} from './edits/timelineStyle';
export { readingOf, readingChange, readsSame, type Reading, type Allowance } from './edits/readsSame';
export { renderTimelineEntry, DEFAULT_ENTRY_FORMAT, type EntryFormat } from './edits/timelineStamp';
export {
  planFlowchartInsert,
  planGanttInsert,
  planMetricsInsert,
  metricsTable,
  generatedBlocks,
  findMarkers,
  type FlowchartInsertion,
  type BlockInsertion,
  type GeneratedBlock,
} from './edits/flowchartInsert';
export { formatTimelineStamp, type StampOptions } from './time/format';
export { findTimestamps, findDates, absoluteMinutes, type DateMatch } from './time/parse';
export { findDurations, formatDuration, type DurationMatch } from './time/duration';
export { parseZone, findZone, ianaOffsetMinutes, ZONE_ABBREVIATIONS } from './time/zones';
export { orderKeys, type OrderKeys } from './time/order';
export { describeZone, zoneSummary, type ZoneDescription } from './time/describe';
export {
  parseTimeInput,
  wallClock,
  instantOf,
  isValidTimeZone,
  type TimeInput,
  type TimeInputResult,
} from './time/input';
export { detectionMethod, type DetectionMethod } from './story/cues';
export { classifyTimeline } from './story/phases';
export {
  buildFlowchart,
  flowchartModel,
  renderFlowchart,
  flowchartLegend,
  flowchartDirection,
  type FlowchartOptions,
  type FlowchartModel,
  type FlowNode,
  type FlowEdge,
  type LegendEntry,
} from './story/flowchart';
export {
  createRenderer,
  escapeHtml,
  FLOWCHART_MARKER,
  FLOWCHART_START,
  FLOWCHART_END,
  MERMAID_CLASS,
  type RenderOptions,
  type HtmlRenderer,
} from './render/html';
export { modelReport, metricsReport, type ModelReport, type MetricsReport, type MilestoneReport } from './model/report';
export { buildGantt, type GanttOptions } from './story/gantt';
export { incidentMetrics, MILESTONES, MILESTONE_NAMES, type MetricsInput } from './story/metrics';
export { GENERATED_MARKERS, findGenerated, type GeneratedKind } from './story/blocks';
export { followUps, checkboxEdit, type FollowUp } from './model/followups';
export { DEFAULT_PHRASES, phraseList } from './blameless/phrases';
