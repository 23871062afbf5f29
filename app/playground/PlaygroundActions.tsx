/**
 * The free playground's actions in the toolbar: start from a blank page,
 * the workshop or an example; open a file (or drop it onto the editor);
 * download the configuration; share it as a link; carry progress to
 * another machine. Share links and `?playground` in the address are read
 * here as the page loads.
 */
import { useState } from 'react';
import { usePlayground } from '../state/store';
import { FileButton } from '../ui/FileButton';
import { CONFIG_FILE_NAME, downloadText } from './files';
import { NewMenu } from './NewMenu';
import { NoticeBanner } from './NoticeBanner';
import { openConfigFile } from './openConfigFile';
import './playground.css';
import { ProgressDialog } from './ProgressDialog';
import { ShareDialog } from './ShareDialog';
import { useFileDrop } from './useFileDrop';
import { useSharedLink } from './useSharedLink';

type Dialog = { kind: 'share'; source: string } | { kind: 'progress' } | null;

export function PlaygroundActions() {
  useSharedLink();
  useFileDrop();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <>
      <div className="playground-actions" role="group" aria-label="Configuration">
        <NewMenu />
        <FileButton
          accept=".alloy,.river,.txt,text/plain"
          inputTestId="config-file"
          onFile={(file) => void openConfigFile(file)}
        >
          Open…
        </FileButton>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => downloadText(CONFIG_FILE_NAME, usePlayground.getState().source, 'text/plain')}
          title={`Save the configuration as ${CONFIG_FILE_NAME}`}
        >
          Download
        </button>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => setDialog({ kind: 'share', source: usePlayground.getState().source })}
          title="Put the configuration into a link"
        >
          Share…
        </button>
        <button type="button" className="toolbar-button" onClick={() => setDialog({ kind: 'progress' })}>
          Progress…
        </button>
        {dialog?.kind === 'share' && <ShareDialog source={dialog.source} onClose={close} />}
        {dialog?.kind === 'progress' && <ProgressDialog onClose={close} />}
      </div>
      <NoticeBanner />
    </>
  );
}
