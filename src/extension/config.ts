// Reads the postmortem.* settings in one place and hands the core plain options.
import * as vscode from 'vscode';
import {
  localIsoDate,
  type BlamelessConfig,
  type Finding,
  type LintOptions,
  type Severity,
  type Template,
} from '../core/index';
import { ConfigSection, ExtensionId, RuleDocsBase, Settings, ShowRuleDocsCommand } from '../shared/ids';

export type RunMode = 'onType' | 'onSave' | 'off';
export type TimelineZone = string;

/** Every setting the extension reads, with its type (kept in step with package.json by a test). */
export interface SettingsMap {
  include: string[];
  run: RunMode;
  rules: Record<string, Severity | 'off'>;
  defaultTemplate: string;
  'timeline.timeZone': TimelineZone;
  'timeline.format': string;
  'timeline.includeDate': boolean;
  'wordCount.statusBar': boolean;
}

/** Reads one setting for a resource. */
export function setting<K extends keyof SettingsMap>(key: K, scope?: vscode.ConfigurationScope): SettingsMap[K] {
  return vscode.workspace.getConfiguration(ConfigSection, scope).get(key) as SettingsMap[K];
}

/** What the workspace's `.postmortem.json` files say (merged across files; the CLI reads the same fields). */
export interface WorkspaceConfig {
  templates: Template[];
  blameless?: BlamelessConfig;
  /** The template a document that matches none is checked against, unless the setting is set explicitly. */
  defaultTemplate?: string;
}

/**
 * The lint options for a document or resource: settings, the custom templates, blameless phrases and default template
 * of `.postmortem.json` files, and today's date on the local clock (overdue action items).
 */
export function readLintOptions(
  scope: vscode.TextDocument | vscode.Uri | undefined,
  config: WorkspaceConfig = { templates: [] },
): LintOptions {
  return {
    defaultTemplate: defaultTemplate(scope, config.defaultTemplate),
    rules: setting(Settings.rules, scope) ?? {},
    customTemplates: config.templates,
    today: localIsoDate(new Date()),
    ...(config.blameless ? { blameless: config.blameless } : {}),
  };
}

/**
 * The default template: the setting when the user set it (user, workspace or folder), else the one the workspace's
 * `.postmortem.json` names, else the setting's default.
 */
function defaultTemplate(scope: vscode.ConfigurationScope | undefined, fromFile: string | undefined): string {
  const i = vscode.workspace.getConfiguration(ConfigSection, scope).inspect<string>(Settings.defaultTemplate);
  const explicit =
    i?.workspaceFolderLanguageValue ??
    i?.workspaceLanguageValue ??
    i?.globalLanguageValue ??
    i?.workspaceFolderValue ??
    i?.workspaceValue ??
    i?.globalValue;
  return explicit ?? fromFile ?? setting(Settings.defaultTemplate, scope);
}

/** How inserted timeline entries look, for a document. */
export interface TimelineSettings {
  timeZone: TimelineZone;
  format: string;
  includeDate: boolean;
}

/** Reads the timeline.* settings for a document. */
export function readTimelineSettings(scope?: vscode.ConfigurationScope): TimelineSettings {
  return {
    timeZone: setting(Settings.timelineTimeZone, scope) || 'UTC',
    format: setting(Settings.timelineFormat, scope) || '- **{time} {zone}** - ',
    includeDate: setting(Settings.timelineIncludeDate, scope) ?? false,
  };
}

/** The documentation page of the rule behind a finding: the page shipped in the extension (works offline), else the web copy. */
export function ruleDocsUri(f: Pick<Finding, 'ruleId' | 'ruleName'>): vscode.Uri {
  const root = vscode.extensions.getExtension(ExtensionId)?.extensionUri;
  return root
    ? vscode.Uri.joinPath(root, 'docs', 'rules', `${f.ruleId}.md`)
    : vscode.Uri.parse(`${RuleDocsBase}${f.ruleId}.md`);
}

/** Where a diagnostic's code links: a command showing the rule's page rendered in the Markdown preview (read-only). */
export function ruleDocsTarget(f: Pick<Finding, 'ruleId'>): vscode.Uri {
  return vscode.Uri.parse(`command:${ShowRuleDocsCommand}?${encodeURIComponent(JSON.stringify([f.ruleId]))}`);
}
