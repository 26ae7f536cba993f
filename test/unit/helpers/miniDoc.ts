// Reads simple Markdown into the model for editor-helper tests: the same pipeline the editor uses.
import { readModel } from '../../../src/core/index';
import type { PostmortemModel, Template } from '../../../src/core/types';

/** The model of `text` (with `template` forced when given) and its lines. */
export function miniDoc(text: string, template?: Template): { doc: PostmortemModel; lines: string[] } {
  const doc = readModel(text, template ? { template: template.id, customTemplates: [template] } : {});
  return { doc, lines: [...doc.lines] };
}
