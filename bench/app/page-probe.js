// Installed in every benchmarked page before the page's own scripts, as
// `window.pageProbe`. It watches the DOM and records times on the page's own
// clock (performance.now(): milliseconds since navigation start).
// Reads `window.pageProbeConfig.firstLine`, set by an earlier init script.
(() => {
  const probe = {
    /** When Monaco first showed the text's first line; null until then. */
    editorReadyAt: null,
    /** The armed graph change: resolves with its times, see armGraphChange. */
    graphChange: null,
    armGraphChange,
  };
  window.pageProbe = probe;

  const visibleText = (element) => (element.textContent ?? '').replace(/\u00a0/g, ' ');

  // Editor ready: the first line of the text rendered in Monaco's view.
  const firstLine = window.pageProbeConfig.firstLine;
  const readyObserver = new MutationObserver(() => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      if (visibleText(line) !== firstLine) continue;
      probe.editorReadyAt = performance.now();
      readyObserver.disconnect();
      return;
    }
  });
  readyObserver.observe(document, { childList: true, subtree: true, characterData: true });

  /**
   * Watches for the next keystroke and the graph change it causes: node
   * `goneId` leaves the graph (the new analysis is drawn), then node
   * `appearId` is drawn with the expected node and edge counts (laid out).
   */
  function armGraphChange({ goneId, appearId, nodes, edges, timeoutMs }) {
    const root = document.querySelector('[data-testid="pipeline-graph"]');
    if (!root) throw new Error('the page has no pipeline graph');
    const has = (id) => root.querySelector(`[data-node-id="${CSS.escape(id)}"]`) !== null;
    let key = null;
    let goneAt = null;
    const onKey = (event) => {
      // event.timeStamp: when the browser created the event, so time it spent queued counts too.
      key ??= { stamp: event.timeStamp, listenerAt: performance.now() };
      check();
    };
    const check = () => {
      if (key === null) return;
      if (goneAt === null && !has(goneId)) goneAt = performance.now();
      const done =
        goneAt !== null &&
        has(appearId) &&
        root.dataset.nodeCount === String(nodes) &&
        root.dataset.edgeCount === String(edges);
      if (done)
        finish({
          keyStamp: key.stamp,
          keyListenerAt: key.listenerAt,
          drawnAt: goneAt,
          laidOutAt: performance.now(),
        });
    };
    let finish = () => {};
    const observer = new MutationObserver(check);
    probe.graphChange = new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(null), timeoutMs);
      finish = (times) => {
        observer.disconnect();
        clearTimeout(timer);
        window.removeEventListener('keydown', onKey, { capture: true });
        if (times) return resolve(times);
        const state = `nodes ${root.dataset.nodeCount}, edges ${root.dataset.edgeCount}, ${goneId} ${has(goneId) ? 'present' : 'gone'}, ${appearId} ${has(appearId) ? 'present' : 'absent'}`;
        reject(
          new Error(
            `the graph did not change as expected within ${timeoutMs} ms (${key ? 'key seen' : 'no key'}; ${state})`,
          ),
        );
      };
    });
    window.addEventListener('keydown', onKey, { capture: true });
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-node-count', 'data-edge-count', 'data-node-id'],
    });
  }
})();
