// Finds the postmortems of the workspace (the `postmortem.include` globs, and open documents that are postmortems)
// and reads their open action items, through `vscode.workspace.fs` so virtual workspaces work too.
import * as vscode from 'vscode';
import { followUps, readModel, type FollowUp } from '../../core/index';
import { Settings } from '../../shared/ids';
import { setting } from '../config';
import type { PostmortemDocuments } from '../documents';
import type { ModelCache } from '../models';

/** One postmortem and its open action items. */
export interface PostmortemFollowUps {
  uri: vscode.Uri;
  /** The document's title, else its file name. */
  title: string;
  items: FollowUp[];
  /** True when its items cannot be ticked: an untrusted workspace or a read-only file system. */
  readOnly: boolean;
}

/** How many files one glob may bring in (a guard against a glob that matches a whole monorepo). */
const MAX_FILES = 2000;
const EXCLUDE = '**/node_modules/**';

/** What the last read of a file gave, keyed on its modification time and size (or an open document's version). */
interface Cached {
  stamp: string;
  result: PostmortemFollowUps | undefined;
}

/** Reads the open action items of every postmortem of the workspace; re-reads only files that changed. */
export class FollowUpScanner {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly models: ModelCache,
    private readonly documents: PostmortemDocuments,
  ) {}

  /** Every postmortem with its open items, in path order (postmortems without open items included, with none). */
  async scan(): Promise<PostmortemFollowUps[]> {
    const uris = new Map<string, vscode.Uri>();
    const globs = setting(Settings.include) ?? [];
    const found = await Promise.all(
      globs.map((g) =>
        Promise.resolve(vscode.workspace.findFiles(g, EXCLUDE, MAX_FILES)).catch(() => [] as vscode.Uri[]),
      ),
    );
    for (const list of found) for (const uri of list) uris.set(uri.toString(), uri);
    // Open documents that are postmortems by their marker, front matter, first heading or opt-in.
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.scheme !== 'untitled' && doc.languageId === 'markdown' && this.documents.isPostmortem(doc))
        uris.set(doc.uri.toString(), doc.uri);
    }
    const out: PostmortemFollowUps[] = [];
    for (const uri of [...uris.values()].sort((a, b) => a.toString().localeCompare(b.toString()))) {
      const r = await this.read(uri);
      if (r) out.push(r);
    }
    for (const key of [...this.cache.keys()]) if (!uris.has(key)) this.cache.delete(key);
    return out;
  }

  /** Reads one file (an open document's text, else the file's): its open items, or undefined when it is no postmortem. */
  private async read(uri: vscode.Uri): Promise<PostmortemFollowUps | undefined> {
    const key = uri.toString();
    // An open document with unsaved changes is read as shown; otherwise the file (a loaded document may lag behind it).
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && d.isDirty);
    let stamp: string;
    let text: () => Promise<string>;
    if (open) {
      stamp = `doc:${open.version}`;
      text = () => Promise.resolve(open.getText());
    } else {
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        stamp = `file:${stat.mtime}:${stat.size}`;
      } catch {
        return undefined;
      }
      text = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    }
    const options = this.models.options(uri);
    // Today's date is part of the key: an item turns overdue at midnight without its file changing.
    stamp += `:${options.today ?? ''}`;
    const hit = this.cache.get(key);
    if (hit && hit.stamp === stamp) return hit.result && { ...hit.result, readOnly: readOnly(uri) };
    let result: PostmortemFollowUps | undefined;
    try {
      const model = readModel(await text(), options);
      result = model.reading.postmortem
        ? { uri, title: model.title || baseName(uri), items: followUps(model, options.today), readOnly: readOnly(uri) }
        : undefined;
    } catch {
      result = undefined;
    }
    this.cache.set(key, { stamp, result });
    return result;
  }
}

/** True when items of this file cannot be ticked: the workspace is not trusted, or its file system is read-only. */
export function readOnly(uri: vscode.Uri): boolean {
  return !vscode.workspace.isTrusted || vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false;
}

// The last segment of a URI's path.
function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
