#!/usr/bin/env node
/**
 * Regenerates src/catalog/data/components.json from a copy of alloy-components.json
 * (the machine-readable list of Alloy components and config blocks).
 *
 *   node scripts/catalog/prepare-catalog.mjs path/to/alloy-components.json
 *
 * The output keeps every fact the editor and validator use and drops the rest: Go source
 * paths, `false`/`null`/empty values (absent means false, null or empty) and the generator's
 * provenance text. Key names stay readable; gzip takes care of the repetition.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputPath = join(repoRoot, 'src', 'catalog', 'data', 'components.json');

const ARGUMENT_FLAGS = [
  'required',
  'conditionallyRequired',
  'defaultDescribed',
  'undocumented',
  'notInSource',
];
const BLOCK_FLAGS = [
  'required',
  'multiple',
  'labelled',
  'bodyContainsComponents',
  'undocumented',
  'notInSource',
];
const COMPONENT_FLAGS = ['community', 'removed', 'bodyContainsComponents'];

/** Copies the `true` flags and non-empty strings named in `keys`. */
function pick(source, target, keys) {
  for (const key of keys) {
    if (source[key] === true || (typeof source[key] === 'string' && source[key] !== ''))
      target[key] = source[key];
  }
}

function trimArgument(argument) {
  const out = { name: argument.name, type: argument.type };
  if (argument.default !== null && argument.default !== undefined) out.default = argument.default;
  pick(argument, out, [...ARGUMENT_FLAGS, 'docsName']);
  if (argument.fields?.length) out.fields = argument.fields.map(trimArgument);
  return out;
}

function trimBody(source, out) {
  if (source.arguments?.length) out.arguments = source.arguments.map(trimArgument);
  if (source.blocks?.length) out.blocks = source.blocks.map(trimBlock);
  return out;
}

function trimBlock(block) {
  const out = { name: block.name };
  pick(block, out, [...BLOCK_FLAGS, 'docsName', 'oneOfGroup']);
  // "" is meaningful here: it names the component's root body.
  if (typeof block.sameBlocksAs === 'string') out.sameBlocksAs = block.sameBlocksAs;
  return trimBody(block, out);
}

function trimComponent(component) {
  const out = {
    name: component.name,
    kind: component.kind,
    stability: component.stability,
    docs: component.docs,
    labelled: component.labelled,
  };
  pick(component, out, COMPONENT_FLAGS);
  trimBody(component, out);
  if (component.exports?.length) {
    out.exports = component.exports.map((e) => {
      const exported = { name: e.name, type: e.type };
      pick(e, exported, ['undocumented']);
      return exported;
    });
  }
  if (component.signals) out.signals = { accepts: component.signals.accepts, emits: component.signals.emits };
  return out;
}

/**
 * Arguments the data marks required but Alloy's Go structs declare optional (the docs tables
 * were read from the wrong struct or row). Each path is component, nested blocks, argument.
 */
const OPTIONAL_IN_SOURCE = [
  // docs table taken from an inner struct (docker.go); the component's own field is optional
  ['loki.source.docker', 'labels'],
  ['prometheus.exporter.kafka', 'kafka_uris'],
  ['http', 'tls', 'windows_certificate_filter', 'server', 'system_store'],
];

function applyCorrections(components) {
  for (const path of OPTIONAL_IN_SOURCE) {
    let body = components.find((c) => c.name === path[0]);
    for (const blockName of path.slice(1, -1)) body = body?.blocks?.find((b) => b.name === blockName);
    const argument = body?.arguments?.find((a) => a.name === path.at(-1));
    if (!argument) throw new Error(`correction target not found: ${path.join(' > ')}`);
    delete argument.required;
  }
  return components;
}

async function main() {
  const inputPath = process.argv[2];
  if (!inputPath) {
    console.error('usage: node scripts/catalog/prepare-catalog.mjs <alloy-components.json>');
    process.exit(2);
  }
  const source = JSON.parse(await readFile(inputPath, 'utf8'));
  if (!Array.isArray(source.components)) throw new Error(`${inputPath}: no "components" list`);
  const catalog = {
    alloyVersion: source.alloyVersion,
    sourceCommit: source.sourceCommit,
    components: applyCorrections(
      source.components.map(trimComponent).sort((a, b) => a.name.localeCompare(b.name)),
    ),
  };
  const options = (await prettier.resolveConfig(outputPath)) ?? {};
  const text = await prettier.format(JSON.stringify(catalog), { ...options, filepath: outputPath });
  await writeFile(outputPath, text);
  console.log(`wrote ${catalog.components.length} entries to ${outputPath}`);
}

await main();
