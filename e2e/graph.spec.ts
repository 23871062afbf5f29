/**
 * The live pipeline graph in the production build: what it draws for a known
 * config, its link with the editor, keyboard use, the text alternative, the
 * export, and how it holds still while the learner types.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { Playground } from './playground';

/** Metrics to Mimir, a log file to Loki, OTLP traces to Tempo. Block lines are noted for the editor checks. */
const CONFIG = `prometheus.exporter.self "alloy" { }

prometheus.scrape "alloy" {
	targets    = prometheus.exporter.self.alloy.targets
	forward_to = [prometheus.remote_write.mimir.receiver]
}

prometheus.remote_write "mimir" {
	endpoint {
		url = "http://mimir:9009/api/v1/push"
	}
}

loki.source.file "logs" {
	targets    = [{"__path__" = "/var/log/app.log"}]
	forward_to = [loki.write.default.receiver]
}

loki.write "default" {
	endpoint {
		url = "http://loki:3100/loki/api/v1/push"
	}
}

otelcol.receiver.otlp "default" {
	grpc {
		endpoint = "0.0.0.0:4317"
	}

	output {
		traces = [otelcol.exporter.otlp.tempo.input]
	}
}

otelcol.exporter.otlp "tempo" {
	client {
		endpoint = "http://tempo:4317"
	}
}
`;

/** First and last line of each block in CONFIG. */
const BLOCK_LINES: Record<string, [number, number]> = {
  'prometheus.scrape.alloy': [3, 6],
  'loki.write.default': [19, 23],
  'otelcol.exporter.otlp.tempo': [35, 39],
};

const COMPONENTS = [
  'prometheus.exporter.self.alloy',
  'prometheus.scrape.alloy',
  'prometheus.remote_write.mimir',
  'loki.source.file.logs',
  'loki.write.default',
  'otelcol.receiver.otlp.default',
  'otelcol.exporter.otlp.tempo',
];
const ENDPOINTS = ['mimir:9009', 'loki:3100', '0.0.0.0:4317', 'tempo:4317'];

function graph(page: Page) {
  return page.getByTestId('pipeline-graph');
}

/** Loads CONFIG and waits until the graph has drawn all of it. */
async function openWithConfig(page: Page): Promise<Playground> {
  const playground = new Playground(page);
  await playground.open();
  await playground.replaceText(CONFIG);
  await expect(graph(page)).toHaveAttribute('data-node-count', '11');
  await expect(graph(page)).toHaveAttribute('data-layout-pending', 'false');
  return playground;
}

/** Where each node sits on the canvas, by id. */
async function nodePositions(page: Page): Promise<Record<string, string>> {
  return page
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((node) => [(node as HTMLElement).dataset.id, (node as HTMLElement).style.transform]),
      ),
    );
}

async function focusedNodeId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);
}

test('draws the components, endpoints and connections of a known config', async ({ page }) => {
  await openWithConfig(page);
  await expect(page.getByTestId('graph-node')).toHaveCount(11);
  await expect(page.locator('[data-testid^="rf__edge-"]')).toHaveCount(8);

  for (const id of COMPONENTS) await expect(page.locator(`[data-node-id="${id}"]`)).toBeVisible();
  const titles = await page.getByTestId('graph-node-title').allTextContents();
  expect(titles.sort()).toEqual(
    [
      'loki.source.file',
      'loki.write',
      'otelcol.exporter.otlp',
      'otelcol.receiver.otlp',
      'prometheus.exporter.self',
      'prometheus.remote_write',
      'prometheus.scrape',
      ...ENDPOINTS,
    ].sort(),
  );
  const subtitles = await page.getByTestId('graph-node-subtitle').allTextContents();
  expect(subtitles).toEqual(expect.arrayContaining(['alloy', 'mimir', 'logs', 'default', 'tempo']));

  const edgeLabels = await page.getByTestId('graph-edge-label').allTextContents();
  expect(edgeLabels.sort()).toEqual([
    'logs',
    'logs',
    'metrics',
    'metrics',
    'targets',
    'traces',
    'traces',
    'traces',
  ]);
  await expect(page.locator('[data-testid^="rf__edge-"][data-signal="logs"]')).toHaveCount(2);
});

test('clicking a node puts the editor cursor on its block', async ({ page }) => {
  const playground = await openWithConfig(page);
  for (const [id, [first, last]] of Object.entries(BLOCK_LINES)) {
    await playground.graphNode(id).click();
    await expect(playground.graphNode(id)).toHaveAttribute('data-highlighted', 'true');
    await expectCursorWithin(playground, first, last);
  }
});

test('the cursor inside a block highlights its node', async ({ page }) => {
  const playground = await openWithConfig(page);
  await playground.goTo(20, 3);
  await expect(playground.graphNode('loki.write.default')).toHaveAttribute('data-highlighted', 'true');
  await expect(page.locator('[data-testid="graph-node"][data-highlighted]')).toHaveCount(1);
});

test('nodes are reachable and operable by keyboard', async ({ page }) => {
  const playground = await openWithConfig(page);
  await page.locator('.react-flow__node[data-id="prometheus.exporter.self.alloy"]').focus();

  // Right follows the wire downstream, twice; left comes back.
  await page.keyboard.press('ArrowRight');
  expect(await focusedNodeId(page)).toBe('prometheus.scrape.alloy');
  await page.keyboard.press('ArrowRight');
  expect(await focusedNodeId(page)).toBe('prometheus.remote_write.mimir');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedNodeId(page)).toBe('prometheus.scrape.alloy');

  // Down leaves the metrics row for another pipeline.
  await page.keyboard.press('ArrowDown');
  expect(COMPONENTS).toContain(await focusedNodeId(page));
  expect(await focusedNodeId(page)).not.toMatch(/^prometheus/);

  // Tab moves through the nodes one by one.
  await page.locator('.react-flow__node[data-id="prometheus.scrape.alloy"]').focus();
  await page.keyboard.press('Tab');
  expect(await focusedNodeId(page)).not.toBe('prometheus.scrape.alloy');
  expect(await focusedNodeId(page)).toBeDefined();

  // Enter selects: the editor shows the block.
  await page.locator('.react-flow__node[data-id="loki.write.default"]').focus();
  await page.keyboard.press('Enter');
  await expect(playground.graphNode('loki.write.default')).toHaveAttribute('data-highlighted', 'true');
  const [first, last] = BLOCK_LINES['loki.write.default']!;
  await expectCursorWithin(playground, first, last);
});

test('the text alternative lists every component and connection', async ({ page }) => {
  await openWithConfig(page);
  const connections = page.getByTestId('graph-text-connections').locator('li');
  await expect(connections).toHaveCount(8);
  const lines = await connections.allTextContents();
  expect(lines).toEqual(
    expect.arrayContaining([
      'prometheus.exporter.self "alloy" sends targets to prometheus.scrape "alloy" (targets)',
      'prometheus.scrape "alloy" sends metrics to prometheus.remote_write "mimir" (forward_to)',
      'loki.source.file "logs" sends logs to loki.write "default" (forward_to)',
      'otelcol.receiver.otlp "default" sends traces to otelcol.exporter.otlp "tempo" (output.traces)',
    ]),
  );
  await expect(page.getByTestId('graph-text-components').locator('li')).toHaveCount(11);

  // Hidden on screen until asked for, but always in the accessibility tree.
  const list = page.getByRole('region', { name: 'Pipeline as text' });
  await expect(list).toBeAttached();
  await page.getByRole('button', { name: 'List the components and connections' }).click();
  await expect(list).toBeVisible();
  await expect(list.getByText('loki.write "default" sends logs to loki:3100 (endpoint.url)')).toBeVisible();
});

test('the legend names every signal next to its line pattern', async ({ page }) => {
  await openWithConfig(page);
  const legend = page.getByTestId('graph-legend');
  for (const signal of ['metrics', 'logs', 'traces', 'profiles', 'targets']) {
    const entry = legend.locator(`[data-signal="${signal}"]`);
    await expect(entry).toContainText(signal);
    await expect(entry.locator('line')).toHaveCount(1);
  }
  const dashes = await legend
    .locator('[data-signal] line')
    .evaluateAll((lines) => lines.map((line) => line.getAttribute('stroke-dasharray') ?? 'solid'));
  expect(new Set(dashes).size).toBe(5);
});

test('exports the graph as SVG and PNG files', async ({ page }) => {
  await openWithConfig(page);

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('graph-export-svg').click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('pipeline.svg');
  const svg = await readFile(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('11 components, 8 connections');
  expect(svg).toContain('>prometheus.remote_write</text>');
  expect(svg).toContain('>loki:3100</text>');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('graph-export-png').click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('pipeline.png');
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('zoom and fit change the view', async ({ page }) => {
  await openWithConfig(page);
  const viewport = page.locator('.react-flow__viewport');
  const transform = () => viewport.evaluate((element) => (element as HTMLElement).style.transform);
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await transform())?.[1]);
  /** The transform once the animation has stopped: two reads in a row agree. */
  const settled = async () => {
    let last = '';
    await expect
      .poll(async () => {
        const now = await transform();
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
    return last;
  };

  await page.getByRole('button', { name: 'Fit to view' }).click();
  const fitted = await settled();
  const fittedScale = await scale();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(scale).toBeGreaterThan(fittedScale);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(scale).toBeLessThan(fittedScale);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  expect(await settled()).toBe(fitted);
});

test('a syntax error keeps the graph in place and marks the broken block', async ({ page }) => {
  const playground = await openWithConfig(page);
  const before = await nodePositions(page);

  // An unrelated edit: a comment above everything. Nothing moves.
  await playground.goTo(1, 1);
  await page.keyboard.type('// metrics first\n');
  await expect(page.getByTestId('graph-text-components').locator('li')).toHaveCount(11);
  await expect.poll(() => nodePositions(page)).toEqual(before);

  // Break loki.write's block (now on line 20): an extra brace after its label.
  await playground.goToText('loki.write "default" {', 'loki.write "default" '.length);
  await page.keyboard.type('{');
  await expect(page.getByTestId('graph-syntax-notice')).toContainText('Syntax error on line 20');
  await expect(page.getByTestId('graph-node')).toHaveCount(11);
  await expect(page.locator('[data-testid="graph-node"][data-status="broken"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="graph-node"][data-status="broken"]')).toHaveAttribute(
    'data-node-id',
    'loki.write.default',
  );
  expect(await nodePositions(page)).toEqual(before);

  // Fixing it brings the graph back to normal, still in place.
  await page.keyboard.press('Backspace');
  await expect(page.locator('[data-testid="graph-node"][data-status="current"]')).toHaveCount(11);
  await expect(page.getByTestId('graph-syntax-notice')).toBeEmpty();
  expect(await nodePositions(page)).toEqual(before);
});

test('an error in a component shows its message on hover', async ({ page }) => {
  const playground = await openWithConfig(page);
  // A reference to a component that does not exist.
  await playground.replaceText(
    CONFIG.replace(
      '[loki.write.default.receiver]',
      '[loki.write.default.receiver, loki.write.missing.receiver]',
    ),
  );
  const node = playground.graphNode('loki.source.file.logs');
  await expect(node).toHaveClass(/pg-node--error/);
  await node.hover();
  await expect(node.getByRole('tooltip')).toBeVisible();
  await expect(node.getByRole('tooltip')).toContainText('loki.write.missing');
});

/** Waits for the editor's cursor to rest on one of the lines `first`–`last`: the editor reveals a block a moment after its node is chosen. */
async function expectCursorWithin(playground: Playground, first: number, last: number): Promise<void> {
  await expect
    .poll(async () => {
      const line = Number(await playground.activeLine().textContent());
      return line >= first && line <= last ? 'inside the block' : `on line ${line}`;
    })
    .toBe('inside the block');
}
