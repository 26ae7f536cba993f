// Decides what a link clicked in the preview may open: web pages, files, and paths relative to the document; nothing else.

/** Where a link leads, or that it is blocked. */
export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'file'; href: string }
  | { kind: 'relative'; path: string; fragment: string }
  | { kind: 'blocked'; scheme: string };

/** Classifies an href as written in the document. */
export function classifyLink(href: string): LinkTarget {
  const trimmed = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'external', href: trimmed };
  if (scheme === 'file') return { kind: 'file', href: trimmed };
  if (scheme !== undefined || trimmed.startsWith('//')) return { kind: 'blocked', scheme: scheme ?? 'network-path' };
  const hash = trimmed.indexOf('#');
  const withoutFragment = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const path = withoutFragment.split('?')[0]!;
  if (!path) return { kind: 'blocked', scheme: 'empty' };
  return { kind: 'relative', path: safeDecode(path), fragment: hash === -1 ? '' : trimmed.slice(hash + 1) };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
