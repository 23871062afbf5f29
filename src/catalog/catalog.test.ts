import { describe, expect, it } from 'vitest';
import {
  ALLOY_VERSION,
  canonicalBlockPath,
  componentsByNamespace,
  findArgument,
  findExport,
  getBlockSchema,
  getBodySchema,
  getComponent,
  hasComponent,
  listComponentNames,
  listComponents,
  nextNameParts,
  splitComponentReference,
  suggestBodyNames,
  suggestComponentNames,
} from './catalog';
import type { BlockSchema, BodySchema } from './schema';
import type { ValueType } from './types';

/** Counts arguments and blocks, not descending into blocks that reuse another body. */
function countBody(body: BodySchema): { arguments: number; blocks: number; repeatable: number } {
  const total = { arguments: body.arguments.length, blocks: 0, repeatable: 0 };
  for (const block of body.blocks) {
    total.blocks += 1;
    if (block.multiple) total.repeatable += 1;
    if (block.sameBlocksAs !== null) {
      total.arguments += block.arguments.length;
      continue;
    }
    const inner = countBody(block);
    total.arguments += inner.arguments;
    total.blocks += inner.blocks;
    total.repeatable += inner.repeatable;
  }
  return total;
}

function everyType(visit: (type: ValueType, where: string) => void): void {
  const walk = (body: BodySchema, where: string) => {
    for (const argument of body.arguments) visit(argument.type, `${where}${argument.name}`);
    for (const block of body.blocks) if (block.sameBlocksAs === null) walk(block, `${where}${block.name} > `);
  };
  for (const component of listComponents()) {
    walk(component, `${component.name}: `);
    for (const exported of component.exports)
      visit(exported.type, `${component.name} export ${exported.name}`);
  }
}

function containsUnresolvedReceiver(type: ValueType): boolean {
  if (type.kind === 'list') return containsUnresolvedReceiver(type.element);
  if (type.kind === 'map') return containsUnresolvedReceiver(type.value);
  return type.kind === 'receiver' && (type.receiver === null || type.signals.length === 0);
}

describe('catalog contents', () => {
  it('holds every component and config block of the release', () => {
    expect(ALLOY_VERSION).toBe('1.18.0');
    expect(listComponentNames()).toHaveLength(198);
    expect(listComponentNames('component')).toHaveLength(185);
    expect(listComponentNames('config-block')).toEqual([
      'argument',
      'declare',
      'export',
      'foreach',
      'http',
      'import.file',
      'import.git',
      'import.http',
      'import.string',
      'livedebugging',
      'logging',
      'remotecfg',
      'tracing',
    ]);
  });

  it('keeps every argument, block and export of the source data', () => {
    const total = { arguments: 0, blocks: 0, repeatable: 0, exports: 0 };
    for (const component of listComponents()) {
      const counted = countBody(component);
      total.arguments += counted.arguments;
      total.blocks += counted.blocks;
      total.repeatable += counted.repeatable;
      total.exports += component.exports.length;
    }
    expect(total).toEqual({ arguments: 6765, blocks: 1471, repeatable: 170, exports: 139 });
  });

  it('links every entry to its page in the Alloy docs', () => {
    for (const component of listComponents()) {
      expect(component.docs, component.name).toMatch(
        /^https:\/\/grafana\.com\/docs\/alloy\/latest\/reference\//,
      );
    }
    expect(getComponent('loki.relabel')?.docs).toBe(
      'https://grafana.com/docs/alloy/latest/reference/components/loki/loki.relabel/',
    );
  });

  it('resolves every receiver to a kind and signal', () => {
    const unresolved: string[] = [];
    everyType((type, where) => {
      if (containsUnresolvedReceiver(type)) unresolved.push(where);
    });
    // Alloy registers this receiver with an `input` export although it accepts nothing;
    // with no signal to carry, that export wires to nothing.
    expect(unresolved).toEqual(['otelcol.receiver.googlecloudpubsub export input']);
  });
});

describe('component schemas', () => {
  it('describes loki.write: repeatable endpoint blocks with a required url', () => {
    const endpoint = getBlockSchema('loki.write', ['endpoint'])!;
    expect(endpoint.multiple).toBe(true);
    // Alloy accepts a loki.write without endpoints (the Go field is optional), and so does the catalog.
    expect(endpoint.required).toBe(false);
    expect(findArgument('loki.write', ['endpoint'], 'url')).toMatchObject({
      required: true,
      type: { kind: 'string' },
    });
    expect(findArgument('loki.write', ['endpoint'], 'batch_wait')).toMatchObject({
      required: false,
      default: '"1s"',
      type: { kind: 'duration' },
    });
    expect(findExport('loki.write', 'receiver')?.type).toEqual({
      kind: 'receiver',
      receiver: 'LogsReceiver',
      signals: ['logs'],
    });
    expect(getComponent('loki.write')).toMatchObject({
      kind: 'component',
      namespace: 'loki',
      labelled: true,
      stability: 'generally-available',
      community: false,
      removed: false,
    });
  });

  it('marks the required arguments of prometheus.scrape', () => {
    const required = getComponent('prometheus.scrape')!
      .arguments.filter((argument) => argument.required)
      .map((argument) => argument.name);
    expect(required.sort()).toEqual(['forward_to', 'targets']);
    expect(findArgument('prometheus.scrape', [], 'scrape_interval')).toMatchObject({
      typeSpelling: 'duration',
      default: '"60s"',
    });
  });

  it('treats as optional what the docs mark required but Alloy declares optional', () => {
    expect(findArgument('loki.source.docker', [], 'labels')?.required).toBe(false);
    expect(findArgument('prometheus.exporter.kafka', [], 'kafka_uris')?.required).toBe(false);
    expect(
      findArgument('http', ['tls', 'windows_certificate_filter', 'server'], 'system_store')?.required,
    ).toBe(false);
  });

  it('requires the output block of otelcol.processor.batch', () => {
    const output = getBlockSchema('otelcol.processor.batch', ['output'])!;
    expect(output).toMatchObject({ required: true, multiple: false, labelled: false });
    expect(output.arguments.map((argument) => argument.name)).toEqual(['logs', 'metrics', 'traces']);
    expect(findArgument('otelcol.processor.batch', ['output'], 'traces')?.type).toEqual({
      kind: 'list',
      element: { kind: 'receiver', receiver: 'otelcol.Consumer', signals: ['traces'] },
    });
  });

  it('describes config blocks', () => {
    expect(getComponent('logging')).toMatchObject({
      kind: 'config-block',
      labelled: false,
      namespace: 'logging',
    });
    expect(findArgument('logging', [], 'write_to')?.typeSpelling).toBe('list(LogsReceiver)');
    expect(findArgument('logging', [], 'level')?.default).toBe('"info"');
    expect(getComponent('import.file')).toMatchObject({ labelled: true, namespace: 'import' });
    expect(getComponent('declare')?.bodyContainsComponents).toBe(true);
    expect(getBlockSchema('foreach', ['template'])?.bodyContainsComponents).toBe(true);
  });

  it('follows nested paths, including block names with dots', () => {
    expect(getBlockSchema('loki.write', ['endpoint', 'tls_config'])?.name).toBe('tls_config');
    expect(findArgument('loki.process', ['stage.labels'], 'values')?.required).toBe(true);
    expect(getBlockSchema('loki.process', ['stage.json'])).toMatchObject({ multiple: true, required: false });
    expect(getBodySchema('loki.write', [])).toBe(getComponent('loki.write'));
  });

  it('lets stage.match nest every loki.process stage, recursively', () => {
    const match = getBlockSchema('loki.process', ['stage.match'])!;
    expect(match.sameBlocksAs).toBe('');
    expect(match.blocks).toBe(getComponent('loki.process')!.blocks);
    expect(getBlockSchema('loki.process', ['stage.match', 'stage.match', 'stage.labels'])?.name).toBe(
      'stage.labels',
    );
    expect(findArgument('loki.process', ['stage.match'], 'selector')?.required).toBe(true);
  });

  it('finds where a nested block is defined', () => {
    expect(canonicalBlockPath('loki.process', ['stage.match', 'stage.match', 'stage.json'])).toEqual([
      'stage.json',
    ]);
    expect(canonicalBlockPath('loki.process', ['stage.match'])).toEqual(['stage.match']);
    expect(canonicalBlockPath('loki.write', ['endpoint', 'tls_config'])).toEqual(['endpoint', 'tls_config']);
    expect(canonicalBlockPath('loki.write', ['nope'])).toBeUndefined();
    expect(canonicalBlockPath('loki.nope', [])).toBeUndefined();
  });

  it('keeps labelled blocks, one-of groups and renamed items', () => {
    expect(getBlockSchema('prometheus.exporter.snmp', ['walk_param'])?.labelled).toBe(true);
    const azuread = getBlockSchema('prometheus.remote_write', ['endpoint', 'azuread'])!;
    const groups = azuread.blocks.map((block: BlockSchema) => [block.name, block.oneOfGroup, block.required]);
    expect(groups).toEqual([
      ['managed_identity', 'azuread-auth', false],
      ['oauth', 'azuread-auth', false],
      ['sdk', 'azuread-auth', false],
      ['workload_identity', 'azuread-auth', false],
    ]);
    expect(getBlockSchema('otelcol.exporter.loadbalancing', ['retry_on_failure'])?.docsName).toBe('retry');
    expect(findArgument('loki.source.api', ['http', 'tls'], 'client_ca')?.docsName).toBe('client_ca_pem');
  });

  it('keeps the flags for undocumented, documented-only and conditional items', () => {
    expect(getBlockSchema('otelcol.exporter.prometheus', ['debug_metrics'])?.notInSource).toBe(true);
    expect(findArgument('otelcol.processor.batch', ['debug_metrics'], 'level')).toMatchObject({
      undocumented: true,
      type: { kind: 'any' },
    });
    expect(findArgument('discovery.scaleway', [], 'secret_key')).toMatchObject({
      required: false,
      conditionallyRequired: true,
    });
    // Marked "yes*" in the docs, optional in Alloy: conditional, not required.
    expect(findArgument('otelcol.receiver.filelog', ['multiline'], 'line_start_pattern')).toMatchObject({
      required: false,
      conditionallyRequired: true,
    });
    expect(findArgument('prometheus.scrape', [], 'job_name')?.defaultDescribed).toBe(true);
  });

  it('describes the keys of list(object) arguments', () => {
    const filters = findArgument('otelcol.exporter.googlecloud', ['log'], 'resource_filters')!;
    expect(filters.type.kind).toBe('list');
    const element = filters.type.kind === 'list' ? filters.type.element : null;
    expect(element?.kind).toBe('object');
    expect(element?.kind === 'object' && element.fields?.length).toBeGreaterThan(0);
  });

  it('flags community and removed entries', () => {
    expect(getComponent('otelcol.exporter.datadog')).toMatchObject({ community: true, stability: null });
    expect(getComponent('otelcol.receiver.opencensus')?.removed).toBe(true);
    expect(getComponent('otelcol.receiver.otlp')?.removed).toBe(false);
    expect(getComponent('loki.secretfilter')?.stability).toBe('public-preview');
  });

  it('answers unknown names with undefined', () => {
    expect(getComponent('loki.nope')).toBeUndefined();
    expect(hasComponent('loki.nope')).toBe(false);
    expect(hasComponent('loki.write')).toBe(true);
    expect(getBlockSchema('loki.write', ['nope'])).toBeUndefined();
    expect(getBlockSchema('loki.write', [])).toBeUndefined();
    expect(getBlockSchema('loki.nope', ['endpoint'])).toBeUndefined();
    expect(findArgument('loki.write', ['endpoint'], 'nope')).toBeUndefined();
    expect(findExport('loki.write', 'nope')).toBeUndefined();
  });

  it('builds each schema once', () => {
    expect(getComponent('prometheus.relabel')).toBe(getComponent('prometheus.relabel'));
  });
});

describe('names', () => {
  it('groups component names by namespace', () => {
    const groups = componentsByNamespace();
    expect(groups.get('loki')).toContain('loki.write');
    expect(groups.get('loki')).toContain('loki.source.file');
    expect(groups.get('prometheus')).toContain('prometheus.exporter.self');
    expect(groups.has('logging')).toBe(false);
    const grouped = [...groups.values()].flat();
    expect(grouped.sort()).toEqual([...listComponentNames('component')].sort());
  });

  it('completes dotted names one part at a time', () => {
    const exporters = nextNameParts('prometheus.exporter');
    expect(exporters).toContainEqual({ part: 'self', complete: true, extendable: false });
    expect(exporters).toContainEqual({ part: 'postgres', complete: true, extendable: false });
    const first = nextNameParts('');
    expect(first).toContainEqual({ part: 'import', complete: false, extendable: true });
    expect(first).toContainEqual({ part: 'logging', complete: true, extendable: false });
    expect(first).toContainEqual({ part: 'otelcol', complete: false, extendable: true });
    expect(nextNameParts('loki.source').map((p) => p.part)).toContain('api');
    expect(nextNameParts('nope')).toEqual([]);
  });

  it('splits export references at the longest known component name', () => {
    expect(splitComponentReference(['loki', 'write', 'mythical', 'receiver'])).toEqual({
      component: 'loki.write',
      label: 'mythical',
      fields: ['receiver'],
    });
    expect(splitComponentReference('prometheus.exporter.self.alloy.targets'.split('.'))).toEqual({
      component: 'prometheus.exporter.self',
      label: 'alloy',
      fields: ['targets'],
    });
    expect(splitComponentReference(['argument', 'port', 'value'])?.component).toBe('argument');
    // `logging` takes no label, so it cannot be referenced this way.
    expect(splitComponentReference(['logging', 'x', 'y'])).toBeUndefined();
    expect(splitComponentReference(['loki', 'write'])).toBeUndefined();
    expect(splitComponentReference(['my', 'module', 'x'])).toBeUndefined();
  });

  it('suggests near component names', () => {
    expect(suggestComponentNames('loki.wirte')[0]).toBe('loki.write');
    expect(suggestComponentNames('prometheus.scrap')[0]).toBe('prometheus.scrape');
    expect(suggestComponentNames('otelcol.processor.bacth')[0]).toBe('otelcol.processor.batch');
    expect(suggestComponentNames('Logging')[0]).toBe('logging');
    expect(suggestComponentNames('zzzzzz')).toEqual([]);
  });

  it('suggests argument and block names, preferring the docs’ own misspellings', () => {
    const endpoint = getBodySchema('loki.write', ['endpoint'])!;
    expect(suggestBodyNames(endpoint, 'ulr')).toEqual(['url']);
    expect(suggestBodyNames(endpoint, 'tls_confg')[0]).toBe('tls_config');
    expect(suggestBodyNames(getBodySchema('loki.source.api', ['http', 'tls'])!, 'client_ca_pem')).toEqual([
      'client_ca',
    ]);
  });
});
