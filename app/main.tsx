/**
 * The page's first script, kept small so that it runs at once: it settles
 * which storage the page uses, then starts Monaco (the largest module, run
 * as soon as it has arrived), the view and React's DOM renderer side by
 * side. index.html already fetches them all (see vite.config.ts).
 */
import { StrictMode, type ReactElement } from 'react';
import { EMBEDDED } from './embed/embedMode';
import './styles.css';

/**
 * The view to show. Imported only now, after embedMode has settled which
 * storage the page uses: statically imported stores could be bundled into a
 * chunk that runs first and reads the learner's storage.
 */
async function loadView(): Promise<ReactElement> {
  if (EMBEDDED) {
    const { EmbedApp } = await import('./embed/EmbedApp');
    return <EmbedApp />;
  }
  // Monaco runs as soon as it has arrived (index.html fetches it with the page).
  void import('./editor/monacoSetup');
  const { App } = await import('./App');
  return <App />;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const [view, { createRoot }] = await Promise.all([loadView(), import('react-dom/client')]);
createRoot(root).render(<StrictMode>{view}</StrictMode>);
