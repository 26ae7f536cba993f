// The "Postmortem Follow-ups" tree: open action items grouped by postmortem or by owner, with due date and an
// overdue badge; a checkbox on items that can be ticked; a click opens the item's line.
import * as vscode from 'vscode';
import type { FollowUp } from '../../core/index';
import type { PostmortemFollowUps } from './scan';

export type GroupBy = 'postmortem' | 'owner';

/** A group: one postmortem, or one owner. */
export interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  description?: string;
  items: ItemNode[];
}

/** One open action item. */
export interface ItemNode {
  kind: 'item';
  id: string;
  uri: vscode.Uri;
  /** Title of its postmortem. */
  postmortem: string;
  item: FollowUp;
  readOnly: boolean;
}

export type FollowUpNode = GroupNode | ItemNode;

/** contextValue of items that can be ticked (package.json menus use it). */
export const TICKABLE = 'postmortem.followup.tickable';
export const READ_ONLY_ITEM = 'postmortem.followup';

const NO_OWNER = 'No owner';

/** Groups the items of the postmortems (postmortems without open items make no group). */
export function groupNodes(postmortems: readonly PostmortemFollowUps[], by: GroupBy): GroupNode[] {
  const items: ItemNode[] = postmortems.flatMap((p) =>
    p.items.map((item) => ({
      kind: 'item' as const,
      id: `${p.uri.toString()}#${item.line}`,
      uri: p.uri,
      postmortem: p.title,
      item,
      readOnly: p.readOnly,
    })),
  );
  if (by === 'postmortem') {
    return postmortems
      .filter((p) => p.items.length)
      .map((p) => {
        const own = items.filter((i) => i.uri === p.uri);
        return {
          kind: 'group',
          id: `postmortem:${p.uri.toString()}`,
          label: p.title,
          description: `${vscode.workspace.asRelativePath(p.uri)} · ${counts(own)}`,
          items: own,
        };
      });
  }
  const byOwner = new Map<string, ItemNode[]>();
  for (const i of items) {
    const key = i.item.owner ?? NO_OWNER;
    byOwner.set(key, [...(byOwner.get(key) ?? []), i]);
  }
  return [...byOwner.entries()]
    .sort(([a], [b]) =>
      a === NO_OWNER ? 1 : b === NO_OWNER ? -1 : a.localeCompare(b, undefined, { sensitivity: 'base' }),
    )
    .map(([owner, list]) => ({
      kind: 'group',
      id: `owner:${owner}`,
      label: owner,
      description: counts(list),
      items: [...list].sort(byUrgency),
    }));
}

// "3 open, 1 overdue".
function counts(items: readonly ItemNode[]): string {
  const late = items.filter((i) => i.item.overdue).length;
  return `${items.length} open${late ? `, ${late} overdue` : ''}`;
}

// Overdue first, then by due date, then by file and line.
function byUrgency(a: ItemNode, b: ItemNode): number {
  if (a.item.overdue !== b.item.overdue) return a.item.overdue ? -1 : 1;
  const da = a.item.due ?? '9999',
    db = b.item.due ?? '9999';
  return da.localeCompare(db) || a.uri.toString().localeCompare(b.uri.toString()) || a.item.line - b.item.line;
}

/** The tree data: nodes from the last scan, rebuilt on every refresh. */
export class FollowUpTree implements vscode.TreeDataProvider<FollowUpNode> {
  private readonly changed = new vscode.EventEmitter<FollowUpNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: GroupNode[] = [];

  constructor(private by: GroupBy) {}

  get groupBy(): GroupBy {
    return this.by;
  }

  /** Shows these postmortems' items (grouped as set). */
  show(postmortems: readonly PostmortemFollowUps[], by: GroupBy = this.by): void {
    this.by = by;
    this.groups = groupNodes(postmortems, by);
    this.changed.fire(undefined);
  }

  /** Every item node shown. */
  items(): ItemNode[] {
    return this.groups.flatMap((g) => g.items);
  }

  getChildren(node?: FollowUpNode): FollowUpNode[] {
    if (!node) return this.groups;
    return node.kind === 'group' ? node.items : [];
  }

  getParent(node: FollowUpNode): FollowUpNode | undefined {
    return node.kind === 'item' ? this.groups.find((g) => g.items.includes(node)) : undefined;
  }

  getTreeItem(node: FollowUpNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const t = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      t.id = node.id;
      if (node.description) t.description = node.description;
      t.iconPath = new vscode.ThemeIcon(this.by === 'owner' ? 'person' : 'notebook');
      t.contextValue = 'postmortem.followupGroup';
      return t;
    }
    const f = node.item;
    const t = new vscode.TreeItem(
      f.text.length > 120 ? `${f.text.slice(0, 119)}…` : f.text,
      vscode.TreeItemCollapsibleState.None,
    );
    t.id = node.id;
    const due = f.due ?? f.deadline;
    const parts = [this.by === 'owner' ? node.postmortem : (f.owner ?? 'no owner'), due ? `due ${due}` : 'no due date'];
    if (f.overdue) parts.push(`overdue ${f.daysOverdue} d`);
    t.description = parts.join(' · ');
    t.iconPath = f.overdue
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : new vscode.ThemeIcon(f.boxColumn !== undefined ? 'tasklist' : 'circle-small');
    const tickable = f.boxColumn !== undefined && !node.readOnly;
    if (tickable)
      t.checkboxState = {
        state: vscode.TreeItemCheckboxState.Unchecked,
        tooltip: 'Check off: ticks "- [ ]" in the file',
      };
    t.contextValue = tickable ? TICKABLE : READ_ONLY_ITEM;
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendText(f.text);
    tip.appendMarkdown(
      `\n\n**Owner:** ${escape(f.owner ?? '—')}  \n**Due:** ${escape(due ?? '—')}${f.overdue ? ` ($(warning) overdue by ${f.daysOverdue} days)` : ''}  \n${escape(vscode.workspace.asRelativePath(node.uri))}:${f.line + 1}`,
    );
    if (node.readOnly && f.boxColumn !== undefined)
      tip.appendMarkdown('\n\n*Read-only here: the workspace is not trusted or the file system is read-only.*');
    t.tooltip = tip;
    t.command = {
      title: 'Go to Action Item',
      command: 'vscode.open',
      arguments: [
        node.uri,
        { selection: new vscode.Range(f.line, 0, f.line, 0), preview: true } satisfies vscode.TextDocumentShowOptions,
      ],
    };
    return t;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

// Escapes Markdown in text shown in a tooltip.
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
