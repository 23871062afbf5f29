/**
 * The telemetry simulator in the app, driven as a learner: section 1's
 * reference pipeline runs, its logs reach Loki and Explore finds them; a
 * wrong Loki URL shows on the wire and empties the query; wires and
 * components show their latest data; the lesson's outcome objective follows
 * the data; and the page stays responsive while the simulation runs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { referenceConfig } from '../src/lessons';
import { course, lesson } from './course';
import { expect, test } from './fixtures';
import { Playground } from './playground';

const REFERENCE = referenceConfig(course, lesson('section-1'));
/** Logs, metrics and traces: everything through section 5. */
const FULL_PIPELINE = referenceConfig(course, lesson('section-5'));
const WRONG_URL = REFERENCE.replace('http://loki:3100/', 'http://loki:3101/');

const RELABEL_TO_WRITE = 'loki.relabel.alloy_logs->loki.write.mythical:forward_to';
const WRITE_TO_LOKI = /^loki\.write\.mythical->external:out:/;

/** The simulation's controls and the panel below the graph. */
class Simulator {
  readonly bar: Locator;
  readonly drawer: Locator;
  readonly explore: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('toolbar', { name: 'Simulation' });
    this.drawer = page.getByTestId('sim-drawer');
    this.explore = page.getByTestId('sim-explore');
    this.inspector = page.getByTestId('sim-inspector');
  }

  async run(): Promise<void> {
    await this.bar.getByRole('button', { name: 'Run the simulation' }).click();
    await expect(this.bar.getByRole('button', { name: 'Pause the simulation' })).toBeVisible();
  }

  async openExplore(datasource: 'Loki' | 'Mimir' | 'Tempo'): Promise<void> {
    await this.bar.getByRole('button', { name: 'Explore' }).click();
    await this.explore.getByRole('radio', { name: datasource }).check();
  }

  async runQuery(query: string): Promise<Locator> {
    const box = this.explore.getByRole('textbox', { name: /^Query/ });
    await box.fill(query);
    await this.explore.getByRole('button', { name: 'Run query' }).click();
    const result = this.explore.getByTestId('sim-result');
    await expect(result).toBeVisible();
    return result;
  }
}

/** The wire from the Loki writer to its endpoint, whatever the URL. */
async function lokiWire(page: Page): Promise<Locator> {
  const flows = page.getByTestId('graph-edge-flow');
  await expect
    .poll(async () => (await flows.evaluateAll(edgeIds)).some((id) => WRITE_TO_LOKI.test(id)))
    .toBe(true);
  const id = (await flows.evaluateAll(edgeIds)).find((each) => WRITE_TO_LOKI.test(each)) as string;
  return page.locator(`[data-testid="graph-edge-flow"][data-edge-id="${id}"]`);
}

function edgeIds(elements: Element[]): string[] {
  return elements.map((element) => element.getAttribute('data-edge-id') ?? '');
}

test.describe('the simulator', () => {
  let playground: Playground;
  let simulator: Simulator;

  test.beforeEach(async ({ page }) => {
    playground = new Playground(page);
    simulator = new Simulator(page);
    await playground.open();
  });

  test('section 1’s logs reach Loki, and a wrong URL fails on the wire and empties the query', async ({
    page,
  }) => {
    await playground.replaceText(REFERENCE);
    await expect(playground.graphNode('loki.write.mythical')).toBeVisible();
    await simulator.run();

    // Data flows: every wire of the pipeline counts its items per second.
    const relabelToWrite = page.locator(
      `[data-testid="graph-edge-flow"][data-edge-id="${RELABEL_TO_WRITE}"]`,
    );
    await expect(relabelToWrite).toHaveText(/^[\d.]+k?\/s$/);
    const toLoki = await lokiWire(page);
    await expect(toLoki).toHaveText(/\/s$/);
    await expect(toLoki).not.toHaveAttribute('data-failing', 'true');

    await simulator.openExplore('Loki');
    const result = await simulator.runQuery('{service="alloy"}');
    await expect(result).toHaveAttribute('data-kind', 'streams');
    await expect(result.getByTestId('sim-log-line').first()).toContainText('level=');
    await expect(result.getByRole('status')).toContainText(/\d+ log lines? in 1 stream/);
    await expect(result).toContainText('group="infrastructure"');

    await playground.replaceText(WRONG_URL);
    const failing = await lokiWire(page);
    await expect(failing).toHaveAttribute('data-failing', 'true');
    await expect(failing).toHaveText('✕ connection refused');
    await expect(failing).toHaveAttribute('title', /connect: connection refused/);

    const empty = await simulator.runQuery('{service="alloy"}');
    await expect(empty.getByRole('status')).toHaveText(/^No log lines\./);
    await expect(empty.getByTestId('sim-log-line')).toHaveCount(0);
  });

  test('a wire and a component show their latest data, before and after for a transform', async ({
    page,
  }) => {
    await playground.replaceText(REFERENCE);
    await simulator.run();
    const relabelToWrite = page.locator(
      `[data-testid="graph-edge-flow"][data-edge-id="${RELABEL_TO_WRITE}"]`,
    );
    await relabelToWrite.click();
    await expect(simulator.inspector).toHaveAttribute('data-edge-id', RELABEL_TO_WRITE);
    await expect(simulator.inspector.getByRole('heading', { level: 3 })).toHaveText(
      'logs from loki.relabel.alloy_logs to loki.write.mythical',
    );
    const samples = simulator.inspector
      .getByTestId('sim-samples')
      .getByRole('listitem')
      .filter({ hasText: 'level=' });
    await expect(samples.first()).toBeVisible();
    await expect(samples.first()).toContainText('service="alloy"');

    // The relabel component: what it received beside what it sent, the labels it added marked.
    await playground.graphNode('loki.relabel.alloy_logs').click();
    await expect(simulator.inspector).toHaveAttribute('data-component-id', 'loki.relabel.alloy_logs');
    const pairs = simulator.inspector.getByTestId('sim-sample-pairs');
    await expect(pairs.locator('tbody tr').first()).toBeVisible();
    const added = pairs.locator('[data-change="added"]');
    await expect(added.filter({ hasText: 'service="alloy"' }).first()).toBeVisible();
    await expect(added.filter({ hasText: 'group="infrastructure"' }).first()).toBeVisible();
    await expect(added.first()).toContainText('(added)');
  });

  test('the lesson’s outcome objective follows the data that arrives', async ({ page }) => {
    const sidebar = page.getByRole('complementary', { name: 'Lessons' });
    await sidebar.getByRole('navigation').locator('[data-lesson-id="section-1"]').click();
    const outcome = sidebar.locator('[data-outcome-query="{service=\\"alloy\\"}"]');
    await expect(outcome).toContainText('Data arrives');
    await expect(outcome).toHaveAttribute('data-status', 'unmet');
    await expect(outcome.getByTestId('outcome-message')).toContainText('Returns nothing yet');

    await playground.replaceText(REFERENCE);
    await expect(outcome).toHaveAttribute('data-status', 'met');
    await expect(outcome).toContainText('returns log lines in 1 stream');

    await playground.replaceText(WRONG_URL);
    await expect(outcome).toHaveAttribute('data-status', 'unmet');

    // Explore offers the section's verification query.
    await page.getByRole('toolbar', { name: 'Simulation' }).getByRole('button', { name: 'Explore' }).click();
    await expect(simulator.explore.getByRole('textbox', { name: /^Query/ })).toHaveValue('{service="alloy"}');
    await expect(simulator.explore.getByRole('radio', { name: 'Loki' })).toBeChecked();
  });

  test('the page stays responsive while the simulation runs at full speed', async ({ page }) => {
    await playground.replaceText(REFERENCE);
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await simulator.run();
    await simulator.bar.getByLabel('Speed').selectOption('60');
    const clock = page.getByTestId('sim-clock');
    await expect(clock).toHaveText(/^t = /);
    // Measure only while the simulation runs: from its first view on, for a few seconds.
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    const before = await clock.textContent();
    await page.waitForTimeout(4000);
    await expect(clock).not.toHaveText(before ?? '');
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(longTasks, 'long tasks on the main thread (ms)').toEqual([]);
  });

  test('Explore charts series with a table, opens traces as waterfalls and points at query problems', async ({
    page,
  }) => {
    await playground.replaceText(FULL_PIPELINE);
    // The keyboard reaches the controls: Run, then the speed.
    await simulator.bar.getByRole('button', { name: 'Run the simulation' }).focus();
    await page.keyboard.press('Enter');
    await expect(simulator.bar.getByRole('button', { name: 'Pause the simulation' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(simulator.bar.getByLabel('Speed')).toBeFocused();

    await simulator.openExplore('Mimir');
    const series = await simulator.runQuery('up{service="alloy"}');
    await expect(series).toHaveAttribute('data-kind', 'matrix');
    await expect(series.getByTestId('sim-chart').locator('canvas')).toBeVisible();
    await series.getByText('The chart as a table').click();
    const table = series.getByTestId('sim-series-table');
    await expect(table.getByRole('rowheader')).toHaveText([/job="integrations\/self".*service="alloy"/]);
    await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');

    await simulator.explore.getByRole('radio', { name: 'Tempo' }).check();
    const traces = await simulator.runQuery('{span.beast="owlbear"}');
    await expect(traces).toHaveAttribute('data-kind', 'traces');
    await traces
      .getByRole('button', { name: /^Spans of trace/ })
      .first()
      .click();
    const waterfall = traces.getByTestId('sim-waterfall');
    await expect(waterfall.getByRole('row').nth(1)).toContainText('requester');
    await expect(waterfall).toContainText('mythical-server');

    const broken = await simulator.runQuery('{span.beast="owlbear"');
    const problems = broken.getByTestId('sim-query-diagnostics');
    await expect(problems).toContainText(/Error at line 1, column \d+:/);
    await expect(broken.getByRole('status')).toHaveCount(0);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page })
        .include('[data-testid="sim-drawer"]')
        .include('[role="toolbar"][aria-label="Simulation"]')
        .analyze();
      const blocking = violations.filter((violation) =>
        ['serious', 'critical'].includes(violation.impact ?? ''),
      );
      expect(blocking.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    }
  });
});
