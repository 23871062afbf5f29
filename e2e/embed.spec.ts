/**
 * The embedded playground, driven the way a host page drives it: through
 * the example host page (embed-example.html) and its log of every message,
 * and through frames added to that page for the edge cases.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { referenceConfig } from '../src/lessons';
import { course, lesson } from './course';
import { expect, test } from './fixtures';

/** One of the example page's playgrounds: its frame and the log of its messages. */
class ExampleFrame {
  readonly element: Locator;
  readonly frame: FrameLocator;
  readonly log: Locator;

  constructor(page: Page, name: 'lesson' | 'graph' | 'foreign') {
    this.element = page.locator(`#${name}-frame`);
    this.frame = page.frameLocator(`#${name}-frame`);
    this.log = page.locator(`#${name}-log`);
  }

  /** The latest logged message of a type, e.g. `config: lesson section-1, 312 characters (request 2)`. */
  latest(type: string): Locator {
    return this.log.locator(`li[data-type="${type}"]`).last();
  }

  count(type: string): Promise<number> {
    return this.log.locator(`li[data-type="${type}"]`).count();
  }

  /** The height the frame's content takes, in CSS pixels as the frame reports it. */
  contentHeight(): Promise<number> {
    return this.frame
      .locator('.embed')
      .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  }
}

/** Makes every storage access throw, as a browser that blocks third-party storage does. */
async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
  });
}

async function openExamplePage(page: Page): Promise<ExampleFrame> {
  await page.goto('./embed-example.html');
  const lessonFrame = new ExampleFrame(page, 'lesson');
  await expect(lessonFrame.latest('ready')).toHaveText(
    `ready: lesson section-1, ${course.lessons.length} lessons, view both`,
  );
  return lessonFrame;
}

test('the example page drives a lesson through every message', async ({ page }) => {
  const host = await openExamplePage(page);
  const { frame } = host;
  await expect(frame.getByRole('heading', { name: lesson('section-1').title })).toBeVisible();

  // The frame reports its content's height, and the host sizes the frame to it.
  await expect(host.latest('resize')).toBeAttached();
  await expect
    .poll(async () => host.element.evaluate((element) => element.style.height))
    .toBe(`${await host.contentHeight()}px`);
  await expect(host.latest('diagnostics')).toContainText('missing required attribute "forward_to"');

  // set-config: answered with the configuration, announced as a change made by the host, then analysed.
  const solution = referenceConfig(course, lesson('section-1'));
  await page.getByLabel('Configuration to send to the frame').fill(solution);
  await page.getByRole('button', { name: 'Send the configuration' }).click();
  await expect(host.latest('config')).toHaveText(
    `config: lesson section-1, ${solution.length} characters (request 1)`,
  );
  await expect(host.latest('change')).toHaveText(`change: host, ${solution.length} characters`);
  await expect(host.latest('diagnostics')).toHaveText('diagnostics: no problems');
  await expect(frame.locator('.view-lines')).toContainText('replacement  = "infrastructure"');

  // check, from the host and from the frame's own button.
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(host.latest('check-result')).toHaveText(
    'check-result: requested, passed, 3 of 3 objectives met (request 2)',
  );
  await frame.getByRole('button', { name: 'Check' }).click();
  await expect(frame.getByRole('status').filter({ hasText: 'Passed' })).toBeVisible();
  await expect(
    host.log.locator('li[data-type="check-result"]', {
      hasText: /^check-result: requested, passed, 3 of 3 objectives met$/,
    }),
  ).toHaveCount(1);

  // get-config, and a message the frame cannot read.
  await page.getByRole('button', { name: 'Get the configuration' }).click();
  await expect(host.latest('config')).toHaveText(
    `config: lesson section-1, ${solution.length} characters (request 3)`,
  );
  await page.getByRole('button', { name: 'Send a message of an unknown version' }).click();
  await expect(host.latest('error')).toHaveText(
    'error: version 2 is not supported: this playground speaks version 1 (request 4)',
  );

  // set-lesson: the frame opens the lesson at its start.
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('section-2');
  await expect(host.latest('config')).toContainText('config: lesson section-2,');
  await expect(host.latest('change')).toContainText('change: host,');
  await expect(frame.getByRole('heading', { name: lesson('section-2').title })).toBeVisible();
  const link = frame.getByRole('link', { name: /Open in the full playground/ });
  await expect(link).toHaveAttribute('target', '_blank');
  expect(new URL((await link.getAttribute('href')) ?? '').search).toBe('?lesson=section-2');

  // An edit in the frame is a change of the reader's, and its height follows the problems it brings.
  const heightBefore = await host.contentHeight();
  await frame.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nbroken {', { delay: 20 });
  await expect(host.latest('change')).toContainText('change: edit,');
  await expect(host.latest('diagnostics')).toContainText('error');
  await expect
    .poll(async () => host.element.evaluate((element) => element.style.height))
    .toBe(`${await host.contentHeight()}px`);
  expect(await host.count('ready')).toBe(1);
  expect(heightBefore).toBeGreaterThan(0);
});

test('a frame ignores a host that its allow-list does not name, and never writes to it', async ({ page }) => {
  await openExamplePage(page);
  const foreign = new ExampleFrame(page, 'foreign');
  await expect(foreign.frame.locator('.view-lines')).toContainText("Alloy's own logs");

  await page.getByRole('button', { name: 'Send it a configuration' }).click();
  await expect(page.locator('#foreign-status')).toContainText('Sent.');
  // Give the frame every chance to react: the lesson frame answers a request meanwhile.
  await page.getByRole('button', { name: 'Get the configuration' }).click();
  await expect(new ExampleFrame(page, 'lesson').latest('config')).toContainText('(request 1)');
  await page.waitForTimeout(500);

  await expect(foreign.log.locator('li')).toHaveCount(0);
  await expect(foreign.frame.locator('.view-lines')).not.toContainText(
    'from a page the frame does not allow',
  );
  await expect(foreign.frame.locator('.view-lines')).toContainText("Alloy's own logs");
});

test('a graph-only frame shows a compressed configuration, dark, read-only and scaled', async ({ page }) => {
  await openExamplePage(page);
  const graph = new ExampleFrame(page, 'graph');
  await expect(graph.latest('ready')).toHaveText(
    `ready: lesson none, ${course.lessons.length} lessons, view graph, read-only`,
  );
  await expect(graph.latest('diagnostics')).toHaveText('diagnostics: no problems');
  await expect(
    graph.frame.locator('[data-testid="graph-node"][data-node-id="prometheus.scrape.alloy"]'),
  ).toBeVisible();
  await expect(graph.frame.locator('.monaco-editor')).toHaveCount(0);
  await expect(graph.frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const fontSize = await graph.frame
    .locator('html')
    .evaluate((element) => getComputedStyle(element).fontSize);
  expect(parseFloat(fontSize)).toBeCloseTo(14 * 1.1);
  // The link carries the configuration itself.
  const link = graph.frame.getByRole('link', { name: /Open in the full playground/ });
  await expect(link).toHaveAttribute('href', /\/#config=[\w-]+$/);
});

test('works where the browser blocks storage, without an error', async ({ page }) => {
  await blockStorage(page);
  const host = await openExamplePage(page);
  await page
    .getByLabel('Configuration to send to the frame')
    .fill(referenceConfig(course, lesson('section-1')));
  await page.getByRole('button', { name: 'Send the configuration' }).click();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(host.latest('check-result')).toContainText('requested, passed');
  await expect(host.frame.getByText(/does not let the workshop save/)).toHaveCount(0);
});

test('never touches the learner’s saved work', async ({ page, context }) => {
  // The learner's own work on section 1, as the full app saved it.
  await page.goto('./');
  await page
    .getByRole('button', { name: new RegExp(lesson('section-1').title.slice(0, 20)) })
    .first()
    .click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('TODO');
  const saved = () =>
    page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
    );
  const before = await saved();
  expect(Object.keys(before)).toContain('alloy-workshop:lesson:section-1');

  const embedded = await context.newPage();
  await embedded.goto('./?embed=1&lesson=section-2&check=1');
  await embedded.locator('.monaco-editor .view-lines').click();
  await embedded.keyboard.type('// an edit in the embedded playground\n', { delay: 10 });
  await embedded.getByRole('button', { name: 'Check' }).click();
  await expect(embedded.getByRole('status').filter({ hasText: /Not yet|Passed/ })).toBeVisible();
  expect(await embedded.evaluate(() => localStorage.getItem('alloy-workshop:place'))).toContain('section-2');
  await embedded.close();

  expect(await saved()).toEqual(before);
});

/** A playground frame added to the example page, with every message it sends recorded. */
class TestFrame {
  constructor(readonly page: Page) {}

  static async add(page: Page, params: string): Promise<TestFrame> {
    await page.evaluate((query) => {
      const frame = document.createElement('iframe');
      frame.id = 'test-frame';
      frame.title = 'Playground under test';
      const received: unknown[] = [];
      Object.assign(window, { received });
      window.addEventListener('message', (event) => {
        if (event.source === frame.contentWindow) received.push(event.data);
      });
      frame.src = `./?embed=1&${query}`;
      document.body.append(frame);
    }, params);
    return new TestFrame(page);
  }

  received(): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(() => (window as unknown as { received: Record<string, unknown>[] }).received);
  }

  async ofType(type: string): Promise<Record<string, unknown>[]> {
    return (await this.received()).filter((message) => message.type === type);
  }

  post(data: unknown): Promise<void> {
    return this.page.evaluate((message) => {
      const frame = document.querySelector<HTMLIFrameElement>('#test-frame');
      frame?.contentWindow?.postMessage(message, window.location.origin);
    }, data);
  }

  get frame(): FrameLocator {
    return this.page.frameLocator('#test-frame');
  }
}

const envelope = { protocol: 'alloy-playground', version: 1 };

test('answers each malformed message with an error naming what is wrong', async ({ page }) => {
  await openExamplePage(page);
  const frame = await TestFrame.add(page, 'view=editor');
  await expect.poll(async () => (await frame.ofType('ready')).length).toBe(1);

  const malformed: [unknown, string][] = [
    ['hello', 'a message must be an object, not a string (hello)'],
    [[1, 2], 'a message must be an object, not an array'],
    [{ type: 'check' }, '`protocol` must be "alloy-playground"'],
    [
      { ...envelope, type: 'run', requestId: 'r1' },
      'unknown message type "run"; expected one of set-config, get-config, check, set-lesson',
    ],
    [
      { ...envelope, type: 'set-config', config: 42 },
      '"set-config" needs `config`, a string (the configuration text)',
    ],
    [
      { ...envelope, type: 'set-config', config: '', script: 'alert(1)' },
      '"set-config" does not take `script`',
    ],
    [
      { ...envelope, type: 'set-lesson', lessonId: 'no-such-lesson' },
      'there is no lesson "no-such-lesson" (the ready message lists the lessons)',
    ],
    [
      { ...envelope, type: 'check' },
      'no lesson is open, so there is nothing to check against: open one with "set-lesson"',
    ],
  ];
  for (const [data] of malformed) await frame.post(data);
  await expect
    .poll(async () => (await frame.ofType('error')).map((message) => message.message))
    .toEqual(malformed.map(([, error]) => error));
  expect((await frame.ofType('error'))[3]).toMatchObject({ requestId: 'r1' });

  // The frame carries on: the configuration is text, shown and never run.
  const config = '<img src=x onerror="document.title=1"> {}\n';
  await frame.post({ ...envelope, type: 'set-config', config, requestId: 'text' });
  await expect
    .poll(async () => (await frame.ofType('config')).at(-1))
    .toMatchObject({ config, requestId: 'text' });
  await expect(frame.frame.locator('.view-lines')).toContainText('<img src=x');
  await expect(frame.frame.locator('img')).toHaveCount(0);
});

test('reports unusable parameters to the host and to the reader', async ({ page }) => {
  await openExamplePage(page);
  const frame = await TestFrame.add(page, 'lesson=no-such-lesson&config=%21%21&view=sideways&scale=9');
  await expect.poll(async () => (await frame.ofType('ready')).length).toBe(1);
  await expect
    .poll(async () => (await frame.ofType('error')).map((message) => message.message))
    .toEqual([
      '`view` must be one of editor, graph, both, not "sideways"',
      '`scale` must be a number from 0.5 to 3, not "9"',
      '`lesson`: there is no lesson "no-such-lesson" (the ready message lists the lessons)',
      '`config`: the config is not base64url text',
    ]);
  const notices = frame.frame.getByRole('status').filter({ hasText: 'This playground was to' });
  await expect(notices).toContainText('the lesson “no-such-lesson”, which does not exist');
  await expect(notices).toContainText('The configuration this playground was to show could not be read.');
});

test('a read-only frame refuses the reader’s edits and takes the host’s', async ({ page }) => {
  await openExamplePage(page);
  const frame = await TestFrame.add(page, 'view=editor&readonly=1&scale=1.5');
  await expect.poll(async () => (await frame.ofType('ready')).at(-1)).toMatchObject({ readonly: true });
  const lines = frame.frame.locator('.view-lines');
  await expect(lines).toContainText("Alloy's own logs");
  expect(await lines.evaluate((element) => getComputedStyle(element).fontSize)).toBe(`${14 * 1.5}px`);

  await lines.click();
  await page.keyboard.type('typed');
  await expect(lines).not.toContainText('typed');
  expect(await frame.ofType('change')).toEqual([]);

  await frame.post({ ...envelope, type: 'set-config', config: 'logging {}\n' });
  await expect(lines).toHaveText('logging {}');
  await expect
    .poll(() => frame.ofType('change'))
    .toEqual([{ ...envelope, type: 'change', config: 'logging {}\n', cause: 'host' }]);
});
