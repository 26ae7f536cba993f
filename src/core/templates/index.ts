// The built-in templates and lookup by id.
import type { Template } from '../types';
import { alx0x19 } from './alx-0x19';
import { atlassian } from './atlassian';
import { gitlabRca } from './gitlab-rca';
import { googleSre } from './google-sre';
import { incidentReport } from './incident-report';

/** Built-in templates, in the order they are offered. */
export const builtinTemplates: readonly Template[] = [alx0x19, incidentReport, googleSre, atlassian, gitlabRca];

/** Id of the template used when nothing else decides. */
export const DEFAULT_TEMPLATE_ID = 'alx-0x19';

/** Finds a template by id (case-insensitive), custom templates first; undefined when unknown. */
export function getTemplate(id: string, custom: readonly Template[] = []): Template | undefined {
  const want = id.trim().toLowerCase();
  return custom.find((t) => t.id.toLowerCase() === want) ?? builtinTemplates.find((t) => t.id.toLowerCase() === want);
}

/** All templates a document may be matched against: custom ones (overriding built-ins by id) then built-ins. */
export function allTemplates(custom: readonly Template[] = []): Template[] {
  const ids = new Set(custom.map((t) => t.id.toLowerCase()));
  return [...custom, ...builtinTemplates.filter((t) => !ids.has(t.id.toLowerCase()))];
}
