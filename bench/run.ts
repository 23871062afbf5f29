/**
 * `npm run bench`: every benchmark of the engine, printing figures.
 * Pass names to run a subset: `npm run bench -- syntax analysis`.
 */
const suites: Record<string, () => Promise<unknown>> = {
  syntax: () => import('./syntax.bench'),
  analysis: () => import('./analysis.bench'),
  graph: () => import('./graph-update.bench'),
  sim: () => import('./sim.bench'),
  app: () => import('./app/app.bench'),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(suites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const suite = (await load()) as { run: () => Promise<void> | void };
  await suite.run();
}

// A module, so that top-level await is allowed.
export {};
