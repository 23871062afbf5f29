/**
 * Generates workshop-shaped Alloy configs of a requested size, together with
 * an equivalent JSON document (same blocks, attributes and values) that serves
 * as the JSON.parse reference for throughput comparisons.
 */

type Value = string | number | boolean | { ref: string } | Value[] | { fields: Record<string, Value> };
type Block = { name: string; label?: string; attributes: [string, Value][]; blocks: Block[] };

/** One copy of the workshop's pipelines (sections 1–6), labels suffixed with `n`. */
function workshopUnit(n: number): Block[] {
  const s = `_${n}`;
  const relabelRule = (target: string, replacement: string): Block => ({
    name: 'rule',
    attributes: [
      ['target_label', target],
      ['replacement', replacement],
    ],
    blocks: [],
  });
  return [
    {
      name: 'loki.source.api',
      label: `apps${s}`,
      attributes: [['forward_to', [{ ref: `loki.relabel.alloy_logs${s}.receiver` }]]],
      blocks: [
        {
          name: 'http',
          attributes: [
            ['listen_address', '0.0.0.0'],
            ['listen_port', 3100],
          ],
          blocks: [],
        },
      ],
    },
    {
      name: 'loki.relabel',
      label: `alloy_logs${s}`,
      attributes: [['forward_to', [{ ref: `loki.write.mythical${s}.receiver` }]]],
      blocks: [relabelRule('group', 'infrastructure'), relabelRule('service', 'alloy')],
    },
    {
      name: 'loki.write',
      label: `mythical${s}`,
      attributes: [],
      blocks: [{ name: 'endpoint', attributes: [['url', 'http://loki:3100/loki/api/v1/push']], blocks: [] }],
    },
    {
      name: 'prometheus.scrape',
      label: `loki${s}`,
      attributes: [
        ['scrape_interval', '2s'],
        ['scrape_timeout', '2s'],
        ['targets', [{ fields: { __address__: 'loki:3100', group: 'infrastructure', service: 'loki' } }]],
        ['forward_to', [{ ref: `prometheus.remote_write.mimir${s}.receiver` }]],
      ],
      blocks: [],
    },
    {
      name: 'prometheus.remote_write',
      label: `mimir${s}`,
      attributes: [],
      blocks: [{ name: 'endpoint', attributes: [['url', 'http://mimir:9009/api/v1/push']], blocks: [] }],
    },
    { name: 'prometheus.exporter.self', label: `alloy${s}`, attributes: [], blocks: [] },
    {
      name: 'prometheus.scrape',
      label: `alloy${s}`,
      attributes: [
        ['scrape_interval', '2s'],
        ['scrape_timeout', '2s'],
        ['targets', { ref: `prometheus.exporter.self.alloy${s}.targets` }],
        ['forward_to', [{ ref: `prometheus.relabel.alloy${s}.receiver` }]],
      ],
      blocks: [],
    },
    {
      name: 'prometheus.relabel',
      label: `alloy${s}`,
      attributes: [['forward_to', [{ ref: `prometheus.remote_write.mimir${s}.receiver` }]]],
      blocks: [relabelRule('group', 'infrastructure'), relabelRule('service', 'alloy')],
    },
    {
      name: 'otelcol.receiver.otlp',
      label: `otlp_receiver${s}`,
      attributes: [],
      blocks: [
        { name: 'grpc', attributes: [['endpoint', '0.0.0.0:4317']], blocks: [] },
        { name: 'http', attributes: [['endpoint', '0.0.0.0:4318']], blocks: [] },
        {
          name: 'output',
          attributes: [
            [
              'traces',
              [
                { ref: `otelcol.processor.batch.default${s}.input` },
                { ref: `otelcol.connector.spanlogs.autologging${s}.input` },
              ],
            ],
          ],
          blocks: [],
        },
      ],
    },
    {
      name: 'otelcol.processor.batch',
      label: `default${s}`,
      attributes: [
        ['timeout', '2s'],
        ['send_batch_size', 1000],
        ['send_batch_max_size', 2000],
      ],
      blocks: [
        {
          name: 'output',
          attributes: [['traces', [{ ref: `otelcol.exporter.otlp.tempo${s}.input` }]]],
          blocks: [],
        },
      ],
    },
    {
      name: 'otelcol.exporter.otlp',
      label: `tempo${s}`,
      attributes: [],
      blocks: [
        {
          name: 'client',
          attributes: [['endpoint', 'http://tempo:4317']],
          blocks: [
            {
              name: 'tls',
              attributes: [
                ['insecure', true],
                ['insecure_skip_verify', true],
              ],
              blocks: [],
            },
          ],
        },
      ],
    },
    {
      name: 'otelcol.connector.spanlogs',
      label: `autologging${s}`,
      attributes: [
        ['roots', true],
        ['spans', false],
        ['processes', false],
        ['span_attributes', ['http.method', 'http.target', 'http.status_code']],
      ],
      blocks: [
        {
          name: 'output',
          attributes: [['logs', [{ ref: `otelcol.exporter.loki.autologging${s}.input` }]]],
          blocks: [],
        },
      ],
    },
    {
      name: 'otelcol.exporter.loki',
      label: `autologging${s}`,
      attributes: [['forward_to', [{ ref: `loki.process.autologging${s}.receiver` }]]],
      blocks: [],
    },
    {
      name: 'loki.process',
      label: `autologging${s}`,
      attributes: [['forward_to', [{ ref: `loki.write.mythical${s}.receiver` }]]],
      blocks: [
        { name: 'stage.json', attributes: [['expressions', { fields: { body: '' } }]], blocks: [] },
        { name: 'stage.output', attributes: [['source', 'body']], blocks: [] },
        {
          name: 'stage.logfmt',
          attributes: [
            [
              'mapping',
              { fields: { method: 'http.method', status: 'http.status_code', target: 'http.target' } },
            ],
          ],
          blocks: [],
        },
        {
          name: 'stage.labels',
          attributes: [['values', { fields: { method: '', status: '', target: '' } }]],
          blocks: [],
        },
      ],
    },
  ];
}

function alloyValue(value: Value, indent: string): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => alloyValue(v, indent)).join(', ')}]`;
  if ('ref' in value) return value.ref;
  const inner = indent + '\t';
  const fields = Object.entries(value.fields).map(
    ([k, v]) => `${inner}${JSON.stringify(k)} = ${alloyValue(v, inner)},`,
  );
  return `{\n${fields.join('\n')}\n${indent}}`;
}

function alloyBlock(block: Block, indent: string): string {
  const header = block.label === undefined ? block.name : `${block.name} ${JSON.stringify(block.label)}`;
  const inner = indent + '\t';
  const lines = [
    ...block.attributes.map(([k, v]) => `${inner}${k} = ${alloyValue(v, inner)}`),
    ...block.blocks.map((b) => alloyBlock(b, inner)),
  ];
  return lines.length === 0
    ? `${indent}${header} { }`
    : `${indent}${header} {\n${lines.join('\n')}\n${indent}}`;
}

function jsonValue(value: Value): unknown {
  if (Array.isArray(value)) return value.map(jsonValue);
  if (typeof value === 'object')
    return 'ref' in value
      ? value.ref
      : Object.fromEntries(Object.entries(value.fields).map(([k, v]) => [k, jsonValue(v)]));
  return value;
}

function jsonBlock(block: Block): unknown {
  return {
    name: block.name,
    ...(block.label === undefined ? {} : { label: block.label }),
    ...Object.fromEntries(block.attributes.map(([k, v]) => [k, jsonValue(v)])),
    ...(block.blocks.length ? { blocks: block.blocks.map(jsonBlock) } : {}),
  };
}

export type GeneratedConfig = { alloy: string; json: string; lines: number };

/** A config of at least `minLines` lines made of whole workshop units. */
export function generateConfig(minLines: number): GeneratedConfig {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let lines = 0;
  for (let n = 1; lines < minLines; n++) {
    const unit = workshopUnit(n);
    blocks.push(...unit);
    const text = unit.map((b) => alloyBlock(b, '')).join('\n\n') + '\n';
    parts.push(text);
    lines += text.split('\n').length; // the unit's lines plus the blank line that separates units
  }
  const alloy = parts.join('\n');
  return {
    alloy,
    json: JSON.stringify(blocks.map(jsonBlock), null, '\t'),
    lines: alloy.split('\n').length - 1,
  };
}
