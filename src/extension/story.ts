// The incident's story in the editor: *Insert Key Metrics Table* and *Insert Timeline Gantt* (one undo step each,
// updated in place), their quick fixes, the metrics hover on the Timeline heading, and "out of date — Update"
// CodeLenses on inserted blocks the timeline has moved away from.
import * as vscode from 'vscode';
import {
  buildGantt,
  generatedBlocks,
  MILESTONE_NAMES,
  MILESTONES,
  planGanttInsert,
  planMetricsInsert,
  formatDuration,
  type BlockInsertion,
  type GeneratedKind,
  type IncidentDurations,
  type MilestoneKind,
  type PostmortemModel,
} from '../core/index';
import { Commands } from '../shared/ids';
import type { PostmortemDocuments } from './documents';
import { isReadOnly, toRange } from './edits';
import type { ModelCache } from './models';

/** What an insert command did (returned to callers and tests). */
export interface StoryInsertResult {
  uri: string;
  action: BlockInsertion['action'];
  startLine: number;
  endLine: number;
}

const NAMES: Record<GeneratedKind, string> = {
  flowchart: 'Flowchart',
  gantt: 'Timeline to scale',
  metrics: 'Key metrics table',
};
const UPDATE_COMMANDS: Record<GeneratedKind, string> = {
  flowchart: Commands.insertFlowchart,
  gantt: Commands.insertGantt,
  metrics: Commands.insertMetricsTable,
};
const DURATION_OF: Partial<Record<MilestoneKind, keyof IncidentDurations>> = {
  detected: 'ttd',
  acknowledged: 'tta',
  mitigated: 'ttm',
  resolved: 'ttr',
};

/** The document a command acts on: the `uri` argument, else the active Markdown editor's. */
async function targetDocument(uri: vscode.Uri | undefined, what: string): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(`Postmortem: open a postmortem to insert its ${what}.`);
    return undefined;
  }
  if (isReadOnly(document)) {
    void vscode.window.showWarningMessage(`Postmortem: this document is read-only, so I cannot insert its ${what}.`);
    return undefined;
  }
  return document;
}

/** Applies a plan's edit as one WorkspaceEdit (one undo step). */
async function apply(document: vscode.TextDocument, plan: BlockInsertion, what: string): Promise<StoryInsertResult> {
  if (plan.edit) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, toRange(plan.edit.range), plan.edit.newText);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Postmortem: the ${what} could not be written.`);
  }
  return { uri: document.uri.toString(), action: plan.action, startLine: plan.startLine, endLine: plan.endLine };
}

/** Inserts or updates the key-metrics table under the summary. */
export async function insertMetricsTable(models: ModelCache, uri?: vscode.Uri): Promise<StoryInsertResult | undefined> {
  const document = await targetDocument(uri, 'key metrics table');
  if (!document) return undefined;
  const model = models.get(document).model;
  return apply(document, planMetricsInsert(model, model.lines), 'key metrics table');
}

/** Inserts or updates the gantt (the timeline to scale) after the timeline or the inserted flowchart. */
export async function insertGantt(models: ModelCache, uri?: vscode.Uri): Promise<StoryInsertResult | undefined> {
  const document = await targetDocument(uri, 'timeline gantt');
  if (!document) return undefined;
  const model = models.get(document).model;
  const plan = planGanttInsert(model, model.lines, buildGantt(model));
  if (!plan) {
    void vscode.window.showInformationMessage(
      'Postmortem: the gantt needs at least two timeline milestones with times (the start and the detection, mitigation or resolution).',
    );
    return undefined;
  }
  return apply(document, plan, 'timeline gantt');
}

/** The hover text of the incident metrics (Markdown). */
export function metricsHover(model: PostmortemModel): vscode.MarkdownString {
  const m = model.metrics;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [Commands.insertMetricsTable] };
  md.appendMarkdown(
    `**Incident metrics**${m.zone ? ` (times in ${escape(m.zone)})` : ''}\n\n| Milestone | Time | From impact start |\n| --- | --- | --- |\n`,
  );
  for (const k of MILESTONES) {
    const s = m.milestones[k];
    const d = DURATION_OF[k];
    const time = s
      ? escape(s.display ?? s.written ?? 'no time') +
        ` (line ${s.line + 1}${s.source === 'timeline' ? '' : `, ${s.source}`})`
      : '—';
    const since = d
      ? `${d.toUpperCase()} ${m.durations[d] !== undefined ? formatDuration(m.durations[d]) : 'unknown'}`
      : '';
    md.appendMarkdown(`| ${MILESTONE_NAMES[k]} | ${time} | ${since} |\n`);
  }
  md.appendMarkdown(`\nImpact: ${m.durations.impact !== undefined ? formatDuration(m.durations.impact) : 'unknown'}.`);
  if (m.unknown.length) md.appendMarkdown(` Unknown because ${escape(m.unknown.join('; '))}.`);
  if (m.conflicts.length)
    md.appendMarkdown(
      ` ${m.conflicts.length} milestone${m.conflicts.length === 1 ? ' is' : 's are'} out of order (PM026).`,
    );
  md.appendMarkdown(
    '\n\nMark a milestone on an entry with `[detected]`, `[acknowledged]`, `[mitigated]`, `[resolved]` or `[started]`.',
  );
  md.appendMarkdown(` [Insert key metrics table](command:${Commands.insertMetricsTable})`);
  return md;
}

/** Escapes Markdown in text shown in a hover table. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** Hover on the Timeline heading: the milestones and TTD/TTA/TTM/TTR. */
export class MetricsHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly models: ModelCache,
    private readonly documents: PostmortemDocuments,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.documents.isPostmortem(document)) return undefined;
    const model = this.models.get(document).model;
    const section = model.timeline?.section !== undefined ? model.sections[model.timeline.section] : undefined;
    if (!section || section.headingLine !== position.line) return undefined;
    return new vscode.Hover(metricsHover(model), document.lineAt(position.line).range);
  }
}

/** "Flowchart out of date — Update" over an inserted block the document has moved away from. */
export class StaleBlockLenses implements vscode.CodeLensProvider {
  constructor(
    private readonly models: ModelCache,
    private readonly documents: PostmortemDocuments,
  ) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.documents.isPostmortem(document) || document.getText().indexOf('postmortem:') < 0) return [];
    const model = this.models.get(document).model;
    return generatedBlocks(model, model.lines)
      .filter((b) => b.stale)
      .map(
        (b) =>
          new vscode.CodeLens(new vscode.Range(b.startLine, 0, b.startLine, 0), {
            title: `${NAMES[b.kind]} out of date — Update`,
            tooltip: `The timeline changed since the ${NAMES[b.kind].toLowerCase()} was inserted: write it again from the document`,
            command: UPDATE_COMMANDS[b.kind],
            arguments: [document.uri],
          }),
      );
  }
}

/** Quick fixes: insert the key-metrics table from the summary or the Timeline heading; update a stale block. */
export class StoryCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(
    private readonly models: ModelCache,
    private readonly documents: PostmortemDocuments,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (
      context.only &&
      !context.only.contains(vscode.CodeActionKind.QuickFix) &&
      !vscode.CodeActionKind.QuickFix.contains(context.only)
    )
      return [];
    if (!this.documents.isPostmortem(document)) return [];
    const model = this.models.get(document).model;
    const out: vscode.CodeAction[] = [];
    const line = range.start.line;
    const blocks = document.getText().indexOf('postmortem:') >= 0 ? generatedBlocks(model, model.lines) : [];
    for (const b of blocks) {
      if (!b.stale || !b.edit || line < b.startLine || line > b.endLine) continue;
      const action = new vscode.CodeAction(
        `Update the ${NAMES[b.kind].toLowerCase()} from the timeline`,
        vscode.CodeActionKind.QuickFix,
      );
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, toRange(b.edit.range), b.edit.newText);
      action.isPreferred = true;
      out.push(action);
    }
    if (model.timeline && !blocks.some((b) => b.kind === 'metrics') && inSummaryOrTimelineHeading(model, line)) {
      const plan = planMetricsInsert(model, model.lines);
      if (plan.edit) {
        const action = new vscode.CodeAction(
          'Insert key metrics table (TTD, TTM, TTR)',
          vscode.CodeActionKind.QuickFix,
        );
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, toRange(plan.edit.range), plan.edit.newText);
        out.push(action);
      }
    }
    return out;
  }
}

/** True on the lines of the summary (the sections holding its facts) or on the Timeline heading. */
function inSummaryOrTimelineHeading(model: PostmortemModel, line: number): boolean {
  const tl = model.timeline?.section !== undefined ? model.sections[model.timeline.section] : undefined;
  if (tl?.headingLine === line) return true;
  return model.regions.some((r) => {
    const content = model.template.sections[r.templateIndex]!.content ?? [];
    const heading = r.section !== undefined ? model.sections[r.section]!.headingLine : r.startLine;
    return content.includes('duration') && line >= heading && line < r.endLine;
  });
}

/** Registers the commands, hover, CodeLenses and quick fixes. */
export function registerStory(
  context: vscode.ExtensionContext,
  deps: { models: ModelCache; documents: PostmortemDocuments },
): void {
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.insertMetricsTable, (uri?: unknown) =>
      insertMetricsTable(deps.models, uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand(Commands.insertGantt, (uri?: unknown) =>
      insertGantt(deps.models, uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.languages.registerHoverProvider(markdown, new MetricsHoverProvider(deps.models, deps.documents)),
    vscode.languages.registerCodeLensProvider(markdown, new StaleBlockLenses(deps.models, deps.documents)),
    vscode.languages.registerCodeActionsProvider(
      markdown,
      new StoryCodeActions(deps.models, deps.documents),
      StoryCodeActions.metadata,
    ),
  );
}
