/**
 * The free playground's ways in and out, driven as a learner: share links
 * (round trip, oversized, damaged), the warning about secrets, download and
 * open (file picker and drop), and carrying progress to another browser.
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Playground } from './playground';

const METRICS_EXAMPLE = readFileSync('app/playground/examples/metrics.alloy', 'utf8');
const TRACES_EXAMPLE = readFileSync('app/playground/examples/traces.alloy', 'utf8');
const LESSON_EDIT = 'logging {\n\tlevel = "debug"\n}\n';

/** Every saved lesson record, by key: the learner's progress. */
async function lessonRecords(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const records: Record<string, string> = {};
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index)!;
      if (key.startsWith('alloy-workshop:lesson:')) records[key] = localStorage.getItem(key)!;
    }
    return records;
  });
}

/** The free playground's text as saved. */
async function savedPlayground(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const place = localStorage.getItem('alloy-workshop:place');
    return place === null ? null : (JSON.parse(place) as { playground: string | null }).playground;
  });
}

async function openLesson(page: Page, id: string): Promise<void> {
  const allLessons = page.getByRole('button', { name: '← All lessons' });
  if (await allLessons.isVisible()) await allLessons.click();
  await page.locator(`.lesson-list [data-lesson-id="${id}"]`).click();
  await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson-id', id);
}

async function startFrom(page: Page, starter: string): Promise<void> {
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('button', { name: new RegExp(`^${starter}`) }).click();
}

/** Shares what the editor holds and returns the link the dialog shows. */
async function share(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this configuration' });
  const link = dialog.getByTestId('share-link');
  await expect(link).toHaveValue(/#config=/);
  const url = await link.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return url;
}

/** Fails the test on console errors of a page opened besides the fixture's own. */
function guardConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a share link opens the same configuration in a new page and leaves lesson progress alone', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new Playground(page);
  await playground.open();
  await openLesson(page, 'section-1');
  await playground.replaceText(LESSON_EDIT);
  await startFrom(page, 'Metrics example');
  await expect.poll(() => savedPlayground(page)).toBe(METRICS_EXAMPLE);
  const progress = await lessonRecords(page);
  expect(Object.keys(progress)).toContain('alloy-workshop:lesson:section-1');

  const url = await share(page);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // Someone else's edit of the playground, then the link opened in a new page.
  await playground.replaceText('// something else\n');
  const other = await context.newPage();
  const errors = guardConsole(other);
  await other.goto(url);
  const shared = new Playground(other);
  await expect(shared.lines).toBeVisible();
  await expect(other.getByTestId('playground-notice')).toContainText('Opened a shared configuration');
  await expect.poll(() => savedPlayground(other)).toBe(METRICS_EXAMPLE);
  await expect(shared.lines).toContainText('prometheus.exporter.unix "host"');
  expect(await lessonRecords(other)).toEqual(progress);
  // The address no longer carries the configuration: a reload shows the learner's own edits.
  expect(new URL(other.url()).hash).toBe('');

  // The text it replaced can come back.
  await other.getByRole('button', { name: 'Bring back the previous text' }).click();
  await expect.poll(() => savedPlayground(other)).toBe('// something else\n');
  expect(errors).toEqual([]);
});

test('?playground opens the free playground, and a link pasted into the open page is read too', async ({
  page,
}) => {
  const playground = new Playground(page);
  await playground.open();
  await openLesson(page, 'section-1');
  await playground.open('./?playground');
  await expect(page.locator('.lesson-list button[aria-current="page"]')).toContainText('Free playground');

  const fragment = `#config=${deflateRawSync(Buffer.from(TRACES_EXAMPLE)).toString('base64url')}`;
  await page.evaluate((hash) => (window.location.hash = hash), fragment);
  await expect.poll(() => savedPlayground(page)).toBe(TRACES_EXAMPLE);
  await expect(playground.lines).toContainText('otelcol.exporter.otlp "tempo"');
});

test('oversized and damaged links get a clear message, and the page carries on', async ({ page }) => {
  const playground = new Playground(page);
  const bomb = deflateRawSync(Buffer.alloc(16 * 1024 * 1024, 0x20)).toString('base64url');
  const cases: [string, RegExp][] = [
    [`#config=${'A'.repeat(40_000)}`, /more than 32 KiB of packed configuration/],
    ['#config=AAAA', /cannot be opened: the config is damaged/],
    ['#config=not*base64', /cannot be opened: the config is not base64url text/],
    [`#config=${bomb}`, /cannot be opened: the config is larger than/],
  ];
  for (const [fragment, message] of cases) {
    await playground.open(`./${fragment}`);
    await expect(page.getByRole('alert').getByTestId('playground-notice')).toHaveText(message);
    await expect(page.getByTestId('playground-notice')).toBeVisible();
    await playground.replaceText('logging {}\n');
    await expect(playground.lines).toContainText('logging {}');
  }
});

test('downloads the configuration as config.alloy', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  await startFrom(page, 'Traces example');
  await expect.poll(() => savedPlayground(page)).toBe(TRACES_EXAMPLE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('config.alloy');
  expect(readFileSync(await download.path(), 'utf8')).toBe(TRACES_EXAMPLE);
});

test('opens a file from the file picker, and refuses binary and oversized files', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  await openLesson(page, 'section-1');
  const progress = await lessonRecords(page);
  const notice = page.getByTestId('playground-notice');
  const error = page.getByRole('alert').getByTestId('playground-notice');

  const pick = async (name: string, buffer: Buffer) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open…' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'text/plain', buffer });
  };

  await pick('traces.alloy', Buffer.from(TRACES_EXAMPLE));
  await expect(notice).toHaveText(/Opened “traces.alloy” in the free playground/);
  await expect.poll(() => savedPlayground(page)).toBe(TRACES_EXAMPLE);
  await expect(playground.lines).toContainText('otelcol.receiver.otlp "default"');
  expect(await lessonRecords(page)).toEqual(progress);

  await pick('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await expect(error).toHaveText(/“logo.png” looks like a binary file/);
  await pick('latin1.alloy', Buffer.from('x = "M\xfcller"\n', 'latin1'));
  await expect(error).toHaveText(/“latin1.alloy” is not UTF-8 text/);
  await pick('huge.alloy', Buffer.alloc(1024 * 1024 + 1, 0x20));
  await expect(error).toHaveText(/“huge.alloy” is larger than 1 MiB, the most a file may have to be opened/);
  await expect.poll(() => savedPlayground(page)).toBe(TRACES_EXAMPLE);
});

test('opens a file dropped onto the editor', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.alloy', { type: 'text/plain' }));
    const target = document.querySelector('.monaco-editor .view-lines')!;
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, METRICS_EXAMPLE);
  await expect(page.getByTestId('playground-notice')).toHaveText(/Opened “dropped.alloy”/);
  await expect.poll(() => savedPlayground(page)).toBe(METRICS_EXAMPLE);
  await expect(playground.lines).toContainText('prometheus.remote_write "mimir"');
});

test('warns before sharing what looks like a secret, and lets the learner cancel or share anyway', async ({
  page,
}) => {
  const playground = new Playground(page);
  await playground.open();
  await startFrom(page, 'Blank');
  await playground.replaceText(
    [
      'prometheus.remote_write "cloud" {',
      '\tendpoint {',
      '\t\turl = "https://prometheus.example.net/api/prom/push"',
      '',
      '\t\tbasic_auth {',
      '\t\t\tusername = "12345"',
      '\t\t\tpassword = "glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrIn0="',
      '\t\t}',
      '\t}',
      '}',
      '',
    ].join('\n'),
  );
  const dialog = page.getByRole('dialog', { name: 'Share this configuration' });

  await page.getByRole('button', { name: 'Share…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('seems to hold secrets');
  await expect(dialog.getByTestId('secret-findings').getByRole('listitem')).toHaveText([
    'Line 7: a value of `password`',
  ]);
  await expect(dialog.getByTestId('share-link')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Share…' }).click();
  await dialog.getByRole('button', { name: 'Share anyway' }).click();
  await expect(dialog.getByTestId('share-link')).toHaveValue(/#config=/);
});

test('progress exported in one browser is imported in another, merged as the dialog says', async ({
  page,
  browser,
}) => {
  const playground = new Playground(page);
  await playground.open();
  await openLesson(page, 'section-1');
  await playground.replaceText(LESSON_EDIT);

  await page.getByRole('button', { name: 'Progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your progress' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('alloy-workshop-progress.json');
  const exported = await lessonRecords(page);
  expect(Object.keys(exported)).toEqual(['alloy-workshop:lesson:section-1']);
  const file = readFileSync(await download.path(), 'utf8');
  const data = JSON.parse(file) as {
    format: string;
    version: number;
    lessons: Record<string, { source: string }>;
  };
  expect(data).toMatchObject({ format: 'alloy-workshop-progress', version: 1 });
  expect(data.lessons['section-1']?.source).toBe(LESSON_EDIT);

  // Another machine: a browser with nothing saved.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const errors = guardConsole(other);
  await new Playground(other).open();
  await other.getByRole('button', { name: 'Progress…' }).click();
  const otherDialog = other.getByRole('dialog', { name: 'Your progress' });
  await expect(otherDialog).toContainText('keeps whichever work is further along');

  const importFile = async (name: string, text: string) => {
    const [chooser] = await Promise.all([
      other.waitForEvent('filechooser'),
      otherDialog.getByRole('button', { name: 'Import progress…' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  await importFile('notes.json', '{"format": "something else"}');
  await expect(otherDialog.getByRole('alert')).toHaveText(
    'The file is not a progress file of the Alloy workshop.',
  );
  await importFile('broken.json', file.slice(0, 100));
  await expect(otherDialog.getByRole('alert')).toHaveText('The file is not a progress file: it is not JSON.');

  await importFile('alloy-workshop-progress.json', file);
  const preview = otherDialog.getByRole('group', { name: 'Import preview' });
  await expect(preview).toContainText('1 lesson added');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(otherDialog.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  expect(await lessonRecords(other)).toEqual(exported);
  await otherDialog.getByRole('button', { name: 'Close' }).click();
  await expect(other.locator('.lesson-list-item[data-lesson-id="section-1"]')).toHaveAttribute(
    'data-progress',
    'in-progress',
  );

  // Importing the same file again changes nothing.
  await other.getByRole('button', { name: 'Progress…' }).click();
  await importFile('alloy-workshop-progress.json', file);
  await expect(otherDialog.getByRole('group', { name: 'Import preview' })).toContainText('nothing new');
  await elsewhere.close();
  expect(errors).toEqual([]);
});
