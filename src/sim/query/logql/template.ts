/**
 * The simple subset of Go templates that `line_format` and `label_format`
 * accept here: literal text, `{{.label}}` (empty when the label is missing)
 * and `{{__line__}}`, with `{{-`/`-}}` trimming. Functions, pipelines and
 * actions are reported as unsupported.
 */

export type TemplatePart = { text: string } | { label: string } | { line: true };

export type Template = readonly TemplatePart[];

export type TemplateResult = { ok: true; template: Template } | { ok: false; error: string };

const ACTION = /\{\{(-\s)?\s*(.*?)\s*(\s-)?\}\}/gs;

export function parseTemplate(source: string): TemplateResult {
  const parts: TemplatePart[] = [];
  let last = 0;
  let trimNext = false;
  for (const match of source.matchAll(ACTION)) {
    let text = source.slice(last, match.index);
    if (trimNext) text = text.trimStart();
    if (match[1]) text = text.trimEnd();
    if (text !== '') parts.push({ text });
    const action = match[2] ?? '';
    if (action === '__line__') parts.push({ line: true });
    else if (/^\.[A-Za-z_][A-Za-z0-9_]*$/.test(action)) parts.push({ label: action.slice(1) });
    else
      return {
        ok: false,
        error: `template action {{${action}}} is not supported (only {{.label}} and {{__line__}})`,
      };
    trimNext = match[3] !== undefined;
    last = match.index + match[0].length;
  }
  let rest = source.slice(last);
  if (trimNext) rest = rest.trimStart();
  if (rest.includes('{{')) return { ok: false, error: 'unclosed template action' };
  if (rest !== '') parts.push({ text: rest });
  return { ok: true, template: parts };
}

export function renderTemplate(template: Template, label: (name: string) => string, line: string): string {
  let result = '';
  for (const part of template) {
    if ('text' in part) result += part.text;
    else if ('label' in part) result += label(part.label);
    else result += line;
  }
  return result;
}
