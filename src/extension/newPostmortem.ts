// "Postmortem: New Postmortem…": asks for a template and a time zone, opens an untitled Markdown document with the skeleton.
import * as vscode from 'vscode';
import { postmortemSnippet } from '../core/index';
import { allTemplates, getTemplate } from '../core/index';
import { formatTimelineStamp } from '../core/index';
import { isValidTimeZone, zoneSummary } from '../core/index';
import type { Template } from '../core/index';
import { Commands, Settings } from '../shared/ids';
import { setting } from './config';

/** Arguments tests may pass instead of picking in the UI. */
export interface NewPostmortemArgs {
  template?: string;
  timeZone?: string;
}

/** Registers postmortem.newPostmortem. */
export function registerNewPostmortem(context: vscode.ExtensionContext, customTemplates: () => Template[]): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newPostmortem, (args?: NewPostmortemArgs) =>
      newPostmortem(customTemplates(), args),
    ),
  );
}

/** Opens the new document; returns it (undefined when the user cancelled or the arguments were wrong). */
async function newPostmortem(custom: Template[], args?: NewPostmortemArgs): Promise<vscode.TextDocument | undefined> {
  if (args?.template === undefined) await afterWalkthroughFocus();
  const template = args?.template !== undefined ? getTemplate(args.template, custom) : await pickTemplate(custom);
  if (!template) {
    if (args?.template !== undefined)
      void vscode.window.showErrorMessage(`Postmortem: there is no template "${args.template}".`);
    return undefined;
  }
  const timeZone = args?.timeZone ?? (await pickTimeZone());
  if (timeZone === undefined) return undefined;
  if (!isValidTimeZone(timeZone)) {
    void vscode.window.showErrorMessage(
      `Postmortem: "${timeZone}" is not a time zone (use UTC, local or an IANA name such as Africa/Lagos).`,
    );
    return undefined;
  }
  const now = new Date();
  const zone = formatTimelineStamp(now, { timeZone, format: 'Z' });
  // A named untitled document: the tab and the save dialog say "postmortem-2026-11-27.md", not the first line (the marker).
  const [date] = formatTimelineStamp(now, { timeZone, format: 'YYYY-MM-DD Z' }).split(' ');
  let document = await vscode.workspace.openTextDocument(untitledUri(date!));
  if (document.languageId !== 'markdown')
    document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(
    new vscode.SnippetString(postmortemSnippet(template, { zone })),
    new vscode.Position(0, 0),
  );
  return document;
}

/** How long the walkthrough page takes to move focus to the step whose button was pressed (250 ms in VS Code 1.100). */
const WALKTHROUGH_FOCUS_MS = 300;

/**
 * Run from a walkthrough button, the command races the page: it focuses the step up to 250 ms after the click, and a
 * picker shown before that loses the keyboard (and, without ignoreFocusOut, closes). With such a page in front (an
 * editor the API does not know, as the walkthrough is), the picker waits until the page is done.
 */
async function afterWalkthroughFocus(): Promise<void> {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  if (vscode.window.activeTextEditor || !tab || tab.input !== undefined) return;
  await new Promise((resolve) => setTimeout(resolve, WALKTHROUGH_FOCUS_MS));
}

/** An untitled URI "postmortem-<date>.md" (then "-2", "-3"…) that no open document uses yet. */
function untitledUri(date: string): vscode.Uri {
  const taken = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.from({ scheme: 'untitled', path: `postmortem-${date}${n === 1 ? '' : `-${n}`}.md` });
    if (!taken.has(uri.toString())) return uri;
  }
}

async function pickTemplate(custom: Template[]): Promise<Template | undefined> {
  const preferred = setting(Settings.defaultTemplate);
  const templates = allTemplates(custom).sort((a, b) => Number(b.id === preferred) - Number(a.id === preferred));
  // ignoreFocusOut: run from the walkthrough, the page takes focus back as it marks the step done; the picker must stay.
  const pick = await vscode.window.showQuickPick(
    templates.map((t) => ({
      label: t.title,
      description: t.id === preferred ? `${t.id} (default)` : t.id,
      detail: t.description + (t.wordRange ? ` ${t.wordRange.min}–${t.wordRange.max} words.` : ''),
      template: t,
    })),
    {
      title: 'New Postmortem (1/2): template',
      placeHolder: 'Which format should the postmortem follow?',
      matchOnDescription: true,
      matchOnDetail: true,
      ignoreFocusOut: true,
    },
  );
  return pick?.template;
}

const COMMON_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Paris',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Asia/Kolkata',
  'Asia/Tokyo',
];

async function pickTimeZone(): Promise<string | undefined> {
  const configured = setting(Settings.timelineTimeZone) || 'UTC';
  const zones = [...new Set([configured, 'UTC', 'local', ...COMMON_ZONES])].filter(isValidTimeZone);
  const now = new Date();
  const OTHER = 'Other IANA time zone…';
  const pick = await vscode.window.showQuickPick(
    // Every row alike: the zone, then its offset, abbreviation (when it has one) and clock ("UTC-05:00 · EST · 09:04 now").
    [
      ...zones.map((z) => ({
        label: z,
        description: zoneSummary(z, now),
        detail: z === configured ? 'postmortem.timeline.timeZone' : undefined,
      })),
      { label: OTHER, description: 'e.g. Australia/Sydney', detail: undefined },
    ],
    {
      title: 'New Postmortem (2/2): time zone',
      placeHolder: 'Times in the postmortem are written in this zone',
      matchOnDescription: true,
      ignoreFocusOut: true,
    },
  );
  if (!pick) return undefined;
  if (pick.label !== OTHER) return pick.label;
  return vscode.window
    .showInputBox({
      title: 'New Postmortem: time zone',
      prompt: 'An IANA time zone name, e.g. Australia/Sydney',
      ignoreFocusOut: true,
      validateInput: (v) => (isValidTimeZone(v.trim()) ? undefined : `"${v}" is not an IANA time zone name.`),
    })
    .then((v) => v?.trim());
}
