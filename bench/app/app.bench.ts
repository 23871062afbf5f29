/**
 * The app in the browser: start-up against a bare-Monaco page built the same
 * way, keystroke-to-graph-updated latency, and the initial JavaScript size.
 * Both pages are production builds, served from 127.0.0.1 to headless Chromium.
 */
import { readFile, rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { EXAMPLE_SOURCE } from '../../app/state/exampleSource';
import { generateConfig } from '../generate-config';
import { printTable, summarise } from '../measure';
import { launchChromium } from './browser';
import { buildPage, type Build } from './build';
import { timeStartUp, type StartUp } from './editor-ready';
import { initialScripts, monacoChunks, sizeFiles, type SizedFile } from './initial-size';
import { timeKeystrokes, type KeystrokeCase, type KeystrokeTimes } from './keystroke';
import { serveDirectories } from './static-server';

const START_UP_RUNS = 15;
const KEYSTROKES = 32;
const TARGET_READY_RATIO = 1.3;
const TARGET_UPDATE_P95_MS = 100;
/** The first line of the text both pages show: the editor is ready once Monaco has drawn it. */
const FIRST_LINE = EXAMPLE_SOURCE.split('\n')[0]!;

type Page = { url: string; monaco: string[] };
type StartUps = { app: StartUp[]; bare: StartUp[] };
type KeystrokeResult = { name: string; lines: number; times: KeystrokeTimes };
type Script = SizedFile & { initial: boolean };

export async function run(): Promise<void> {
  const app = await buildPage('app');
  const bare = await buildPage('bare');
  const server = await serveDirectories({ app: app.outDir, bare: bare.outDir });
  const browser = await launchChromium();
  try {
    const appPage = { url: server.url('app'), monaco: monacoChunks(app) };
    const barePage = { url: server.url('bare'), monaco: monacoChunks(bare) };
    const startUps = await measureStartUps(browser, appPage, barePage);
    const keystrokes = await measureKeystrokes(browser, appPage);
    const scripts = await startUpScripts(app, startUps.app);
    report(startUps, keystrokes, scripts);
  } finally {
    await browser.close();
    await server.close();
    await Promise.all([app.outDir, bare.outDir].map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

async function measureStartUps(browser: Browser, app: Page, bare: Page): Promise<StartUps> {
  const startUps: StartUps = { app: [], bare: [] };
  // Interleaved, so that whatever else the machine does weighs on both alike; the first pair warms the browser up.
  for (let run = -1; run < START_UP_RUNS; run++) {
    const appRun = await timeStartUp(browser, app.url, FIRST_LINE, app.monaco);
    const bareRun = await timeStartUp(browser, bare.url, FIRST_LINE, bare.monaco);
    if (run < 0) continue;
    startUps.app.push(appRun);
    startUps.bare.push(bareRun);
  }
  return startUps;
}

async function measureKeystrokes(browser: Browser, app: Page): Promise<KeystrokeResult[]> {
  const workshop = await readFile(
    new URL('../../test/fixtures/workshop/workshop.alloy', import.meta.url),
    'utf8',
  );
  const generated = generateConfig(2000);
  const unitInTheMiddle = Math.ceil(generated.alloy.split('loki.write "').length / 2) - 1;
  const cases: { name: string; lines: number; edit: KeystrokeCase }[] = [
    {
      name: 'workshop.alloy',
      lines: workshop.split('\n').length - 1,
      edit: { source: workshop, block: 'loki.write', label: 'mythical' },
    },
    {
      name: `generated ${generated.lines}`,
      lines: generated.lines,
      edit: { source: generated.alloy, block: 'loki.write', label: `mythical_${unitInTheMiddle}` },
    },
  ];
  const results: KeystrokeResult[] = [];
  for (const { name, lines, edit } of cases)
    results.push({
      name,
      lines,
      times: await timeKeystrokes(browser, app.url, FIRST_LINE, edit, KEYSTROKES),
    });
  return results;
}

/** The initial scripts, and the lazy ones the page received before the editor was ready in most runs. */
async function startUpScripts(build: Build, runs: StartUp[]): Promise<Script[]> {
  const initial = await initialScripts(build);
  const seen = new Map<string, number>();
  for (const run of runs)
    for (const file of run.scriptsBeforeReady) seen.set(file, (seen.get(file) ?? 0) + 1);
  const lazy = [...seen]
    .filter(([file, count]) => !initial.includes(file) && count * 2 >= runs.length)
    .map(([file]) => file);
  const sized = await sizeFiles(build, [...initial, ...lazy]);
  return sized.map((file) => ({ ...file, initial: initial.includes(file.fileName) }));
}

function report(startUps: StartUps, keystrokes: KeystrokeResult[], scripts: Script[]): void {
  const ready = { app: summarise(readyTimes(startUps.app)), bare: summarise(readyTimes(startUps.bare)) };
  printTable(
    `App in the browser: start-up (${START_UP_RUNS} cold navigations each; medians, ms since navigation start)`,
    ['page', 'first paint', 'Monaco requested', 'received', 'editor ready', 'p95', 'min'],
    (['app', 'bare'] as const).map((name) => [
      name === 'app' ? 'app' : 'bare Monaco (floor)',
      ms(median(startUps[name].map((run) => run.firstContentfulPaint))),
      ms(median(startUps[name].map((run) => run.monacoRequested))),
      ms(median(startUps[name].map((run) => run.monacoReceived))),
      ms(ready[name].median),
      ms(ready[name].p95),
      ms(Math.min(...readyTimes(startUps[name]))),
    ]),
  );

  printTable(
    `App in the browser: keystroke to graph updated (${KEYSTROKES} keystrokes each: a block renamed and back)`,
    ['config', 'lines', 'updated median', 'p95', 'analysis drawn median', 'p95', 'key queued p95'],
    keystrokes.map(({ name, lines, times }) => {
      const updated = summarise(times.updated);
      const drawn = summarise(times.drawn);
      return [
        name,
        String(lines),
        ms(updated.median),
        ms(updated.p95),
        ms(drawn.median),
        ms(drawn.p95),
        ms(summarise(times.queued).p95),
      ];
    }),
  );

  printTable(
    'App in the browser: JavaScript received before the editor is ready (page and worker scripts)',
    ['file', 'loaded', 'gzipped', 'Monaco'],
    scripts.map((file) => [
      file.fileName,
      file.initial ? 'initial' : 'lazily',
      kib(file.gzipBytes),
      file.monaco ? 'yes' : 'no',
    ]),
  );

  const ratio = ready.app.median / ready.bare.median;
  const large = keystrokes[keystrokes.length - 1]!;
  const largeP95 = summarise(large.times.updated).p95;
  const withoutMonaco = (files: Script[]) =>
    files.filter((file) => !file.monaco).reduce((sum, file) => sum + file.gzipBytes, 0);
  const met = (ok: boolean) => (ok ? 'yes' : 'NO');
  printTable(
    'App in the browser: targets',
    ['figure', 'value', 'target', 'met'],
    [
      [
        'editor ready, app / bare Monaco (medians)',
        `${ratio.toFixed(2)}x`,
        `<= ${TARGET_READY_RATIO}x`,
        met(ratio <= TARGET_READY_RATIO),
      ],
      [
        `graph updated p95, ${large.name} lines`,
        ms(largeP95),
        `< ${TARGET_UPDATE_P95_MS} ms`,
        met(largeP95 < TARGET_UPDATE_P95_MS),
      ],
      [
        'initial JS gzipped, without Monaco',
        kib(withoutMonaco(scripts.filter((file) => file.initial))),
        'reported',
        '',
      ],
      ['JS before editor ready, without Monaco', kib(withoutMonaco(scripts)), 'reported', ''],
    ],
  );
}

function readyTimes(runs: StartUp[]): number[] {
  return runs.map((run) => run.ready);
}

function median(values: number[]): number {
  return summarise(values.filter(Number.isFinite)).median;
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a';
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
