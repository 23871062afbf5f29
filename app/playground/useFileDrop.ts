/**
 * Dropping a file onto the editor opens it in the free playground. The
 * listeners sit on the window and run first, so that Monaco never takes a
 * dropped file for text to insert; other drags (text) keep their meaning.
 * While a file is dragged over the editor, the editor area says so.
 */
import { useEffect } from 'react';
import { useNotice } from './notice';
import { openConfigFile } from './openConfigFile';

const DROP_TARGET = '.editor-host';

export function useFileDrop(): void {
  useEffect(() => {
    let highlighted: HTMLElement | null = null;
    const highlight = (target: HTMLElement | null) => {
      if (highlighted === target) return;
      if (highlighted) delete highlighted.dataset.fileOver;
      if (target) target.dataset.fileOver = '';
      highlighted = target;
    };

    const targetOf = (event: DragEvent): HTMLElement | null => {
      if (!event.dataTransfer?.types.includes('Files')) return null;
      return event.target instanceof Element ? event.target.closest<HTMLElement>(DROP_TARGET) : null;
    };

    const onDragOver = (event: DragEvent) => {
      const target = targetOf(event);
      highlight(target);
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };

    const onDrop = (event: DragEvent) => {
      const target = targetOf(event);
      highlight(null);
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      const files = [...(event.dataTransfer?.files ?? [])];
      const [file] = files;
      if (!file || files.length > 1)
        return useNotice.getState().show({ kind: 'error', text: 'Drop one configuration file at a time.' });
      void openConfigFile(file);
    };

    const onDragLeave = (event: DragEvent) => {
      // Leaving the window altogether has no related target.
      if (event.relatedTarget === null) highlight(null);
    };

    window.addEventListener('dragenter', onDragOver, { capture: true });
    window.addEventListener('dragover', onDragOver, { capture: true });
    window.addEventListener('drop', onDrop, { capture: true });
    window.addEventListener('dragleave', onDragLeave, { capture: true });
    return () => {
      highlight(null);
      window.removeEventListener('dragenter', onDragOver, { capture: true });
      window.removeEventListener('dragover', onDragOver, { capture: true });
      window.removeEventListener('drop', onDrop, { capture: true });
      window.removeEventListener('dragleave', onDragLeave, { capture: true });
    };
  }, []);
}
