/**
 * The floor for the app's editor start-up: Monaco set up as the app sets it up
 * (editor core, all editor features, only the generic editor worker), showing
 * the app's first text, and nothing else on the page.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { EXAMPLE_SOURCE } from '../../../app/state/exampleSource';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const host = document.getElementById('editor');
if (!host) throw new Error('index.html has no #editor element');
monaco.editor.create(host, {
  value: EXAMPLE_SOURCE,
  editContext: false,
  automaticLayout: true,
  fontSize: 14,
  minimap: { enabled: false },
});
