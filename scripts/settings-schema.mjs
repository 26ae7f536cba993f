// Writes the schema of `postmortem.rules` (keys: rule ids and names; values: severities) and the built-in ids offered by
// `postmortem.defaultTemplate` into package.json from the core's rules and templates. Run after adding a rule or a
// template: node scripts/settings-schema.mjs (test/unit/settingsSchema.test.ts fails until it is in step).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, '.bench'), { recursive: true });
const outfile = join(root, '.bench', 'core-schema.cjs');
await build({ entryPoints: [join(root, 'src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
const { ruleMetas, builtinTemplates } = createRequire(join(root, 'package.json'))(outfile);

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const SEVERITY_TEXT = ['Report as an error.', 'Report as a warning.', 'Report as information.',
  'Report as a hint (shown faintly, not in the Problems panel).', 'Do not run the rule.'];
const severity = () => ({ type: 'string', enum: SEVERITIES, enumDescriptions: SEVERITY_TEXT });

const file = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const props = pkg.contributes.configuration.properties;
const rules = props['postmortem.rules'];
props['postmortem.rules'] = {
  type: 'object', default: {}, scope: 'resource',
  propertyNames: { enum: [...ruleMetas.map((r) => r.id), ...ruleMetas.map((r) => r.name)], markdownDescription: 'A rule id (`PM003`) or name (`timeline-timezone`).' },
  properties: Object.fromEntries(ruleMetas.map((r) => [r.id, { ...severity(), markdownDescription: `\`${r.name}\`: ${r.description} (default: ${r.severity})` }])),
  additionalProperties: severity(),
  markdownDescription: rules.markdownDescription,
};
const offered = props['postmortem.defaultTemplate'].anyOf.find((s) => s.enum);
offered.enum = builtinTemplates.map((t) => t.id);
offered.enumDescriptions = builtinTemplates.map((t) => `${t.title}: ${t.description}`);
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(`settings-schema: ${ruleMetas.length} rules, ${builtinTemplates.length} templates written to package.json`);
