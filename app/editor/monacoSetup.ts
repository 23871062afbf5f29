/**
 * Monaco, bundled with the app: the editor core and its features, none of the
 * built-in languages, and only the generic editor worker. @monaco-editor/react
 * is pointed at this copy so it never fetches Monaco from anywhere else.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

export { monaco };
export type Monaco = typeof monaco;
