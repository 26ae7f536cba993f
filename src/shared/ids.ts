// Every id the extension contributes: commands, settings, views. A metadata test holds them against package.json.

/** Command ids (package.json `contributes.commands`). */
export const Commands = {
  checkDocument: 'postmortem.checkDocument',
  newPostmortem: 'postmortem.newPostmortem',
  insertTimelineEntry: 'postmortem.insertTimelineEntry',
  insertTimelineEntryAt: 'postmortem.insertTimelineEntryAt',
  fixAll: 'postmortem.fixAll',
  showChecklist: 'postmortem.showChecklist',
  openPreview: 'postmortem.openPreview',
  openPreviewToSide: 'postmortem.openPreviewToSide',
  insertFlowchart: 'postmortem.insertFlowchart',
  insertMetricsTable: 'postmortem.insertMetricsTable',
  insertGantt: 'postmortem.insertGantt',
  exportHtml: 'postmortem.exportHtml',
  exportDiagramSvg: 'postmortem.exportDiagramSvg',
  exportDiagramPng: 'postmortem.exportDiagramPng',
  followupsRefresh: 'postmortem.followups.refresh',
  followupsGroupByOwner: 'postmortem.followups.groupByOwner',
  followupsGroupByPostmortem: 'postmortem.followups.groupByPostmortem',
  followupsCheckOff: 'postmortem.followups.checkOff',
} as const;

/** Views (package.json `contributes.views`). */
export const Views = {
  followups: 'postmortem.followups',
} as const;

/** Context keys the extension sets for `when` clauses in package.json. */
export const ContextKeys = {
  /** True once the workspace is known to hold a postmortem: shows the Follow-ups view. */
  followupsAvailable: 'postmortem.followups.available',
  /** 'postmortem' or 'owner': how the Follow-ups view groups its items. */
  followupsGroupBy: 'postmortem.followups.groupBy',
} as const;

/** Opens a rule's documentation rendered and read-only (the target of a diagnostic's code link; not in the palette). */
export const ShowRuleDocsCommand = 'postmortem.showRuleDocs';

/** Setting keys (package.json `contributes.configuration`), without the `postmortem.` prefix. */
export const Settings = {
  include: 'include',
  run: 'run',
  rules: 'rules',
  defaultTemplate: 'defaultTemplate',
  timelineTimeZone: 'timeline.timeZone',
  timelineFormat: 'timeline.format',
  timelineIncludeDate: 'timeline.includeDate',
  wordCountStatusBar: 'wordCount.statusBar',
} as const;

/** Language-model tools (package.json `contributes.languageModelTools`), and the name users type after `#`. */
export const LanguageModelTools = {
  checkPostmortem: 'postmortem_check',
} as const;
export const ToolReferenceName = 'postmortem';

/** publisher.name from package.json. */
export const ExtensionId = 'postmortem-writer.postmortem-writer';
export const ConfigSection = 'postmortem';
export const DiagnosticSource = 'postmortem';
export const PreviewViewType = 'postmortem.preview';
export const FixAllKind = 'source.fixAll.postmortem';
/** The project's repository: package.json `repository`, the CLI package, SARIF `informationUri` and every web link derive from it (a test holds them together). */
export const RepositoryUrl = 'https://github.com/postmortem-writer/postmortem-writer';
/** The web copy of the rule docs (the extension ships them in docs/rules/ and links those first; SARIF `helpUri`). */
export const RuleDocsBase = `${RepositoryUrl}/blob/main/docs/rules/`;
