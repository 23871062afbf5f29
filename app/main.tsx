import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
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
  const { App } = await import('./App');
  return <App />;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const view = await loadView();
createRoot(root).render(<StrictMode>{view}</StrictMode>);
