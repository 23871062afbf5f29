/**
 * The stages that rewrite the line or an extracted value: `stage.output`,
 * `stage.replace`, `stage.template` and `stage.decolorize`.
 */
import { goRegexp } from '../formats/go-regexp';
import { ConfigError, NotSimulatedError, type ConfigBody } from '../config/body';
import { compileTemplate, TemplateError, type Template } from './go-template';
import { extractedText, sourceText, type Stage, type WorkingEntry } from './stage';

export function outputStage(body: ConfigBody): Stage {
  const source = body.string('source');
  if (source === undefined || source === '')
    throw new ConfigError('output source value is required if output is specified');
  return (entry) => {
    const value = entry.extracted.get(source);
    if (value !== undefined) entry.line = extractedText(value);
    return null;
  };
}

function compile(text: string): Template {
  try {
    return compileTemplate(text);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    if (/not simulated|not defined/.test(error.message))
      throw new NotSimulatedError(`template: ${error.message}`);
    throw new ConfigError(`template: ${error.message}`);
  }
}

/** The extracted values as text, for templates. */
function templateData(entry: WorkingEntry): Map<string, string> {
  const data = new Map<string, string>();
  for (const [key, value] of entry.extracted) data.set(key, extractedText(value));
  return data;
}

/**
 * Replaces every capture group of every match with the template's output
 * (`.Value` is the captured text); named groups also land in the extracted
 * map. An expression without groups changes nothing.
 */
export function replaceStage(body: ConfigBody): Stage {
  const expression = body.string('expression');
  if (expression === undefined || expression === '') throw new ConfigError('expression is required');
  const regex = goRegexp(expression, { all: true });
  if (!regex) throw new ConfigError(`could not compile regular expression: ${expression}`);
  const template = compile(body.string('replace', ''));
  const source = body.string('source');
  const names = groupNames(expression);
  return (entry) => {
    const input = sourceText(entry, source);
    if (input === undefined) return null;
    let result = '';
    let previous = 0;
    let matched = false;
    const data = templateData(entry);
    for (const match of input.matchAll(regex)) {
      matched = true;
      const indices = match.indices ?? [];
      for (let group = 1; group < indices.length; group++) {
        const span = indices[group];
        if (!span || span[0] < previous) continue;
        const captured = input.slice(span[0], span[1]);
        data.set('Value', captured);
        const replaced = template(data);
        result += input.slice(previous, span[0]) + replaced;
        previous = span[1];
        const name = names[group - 1];
        if (name) entry.extracted.set(name, replaced);
      }
    }
    if (!matched) return null;
    result += input.slice(previous);
    if (source === undefined) entry.line = result;
    else entry.extracted.set(source, result);
    return null;
  };
}

/** The names of a pattern's capture groups in order (undefined for unnamed ones). */
function groupNames(pattern: string): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  const group = /\\.|\[(?:\\.|[^\]])*\]|\((\?P?<([A-Za-z_]\w*)>|\?)?/g;
  for (const match of pattern.matchAll(group)) {
    if (!match[0].startsWith('(')) continue;
    if (match[1] === '?') continue;
    names.push(match[2]);
  }
  return names;
}

/** Renders the template into `source`; an empty result removes the key. */
export function templateStage(body: ConfigBody): Stage {
  const source = body.string('source');
  if (source === undefined || source === '') throw new ConfigError('template source value is required');
  const template = compile(body.string('template', ''));
  return (entry) => {
    const data = templateData(entry);
    const value = entry.extracted.get(source);
    if (value !== undefined) data.set('Value', extractedText(value));
    data.set('Entry', entry.line);
    const result = template(data);
    if (result === '') entry.extracted.delete(source);
    else entry.extracted.set(source, result);
    return null;
  };
}

// ANSI escape sequences (colours, cursor movement) as terminals print them.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[ -/]*[@-~]`, 'g');

export function decolorizeStage(): Stage {
  return (entry) => {
    entry.line = entry.line.replace(ANSI, '');
    return null;
  };
}
