// The one reader of `.postmortem.json`: the extension and the CLI both hand it the file's text.
import { validateCustomTemplates, type CustomTemplatesResult } from './custom';

/**
 * Reads the text of a `.postmortem.json`: custom templates and `defaultTemplate`, with one message per problem
 * (a JSON syntax error included) naming the field. Never throws.
 */
export function loadConfig(text: string): CustomTemplatesResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { templates: [], errors: [`cannot read it as JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return validateCustomTemplates(json);
}
