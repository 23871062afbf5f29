/** The projector's keyboard shortcuts, listed from the same table the key handler reads. */
import { useEffect, useRef } from 'react';
import { chordCaps, PRESENT_SHORTCUTS } from './presentKeys';
import { IS_MAC } from './usePresentKeys';

export function PresentHelp({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="present-help" aria-labelledby="present-help-title" onClose={onClose}>
      <h2 id="present-help-title">Projector keys</h2>
      <table>
        <tbody>
          {PRESENT_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <th scope="row">
                {shortcut.chords.map((chord, index) => (
                  <span key={index} className="present-help-chord">
                    {index > 0 && ' or '}
                    <Keys caps={chordCaps(chord, IS_MAC)} />
                  </span>
                ))}
              </th>
              <td>{shortcut.description}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <Keys caps={[IS_MAC ? '⌘' : 'Ctrl', 'Enter']} />
            </th>
            <td>Check the lesson</td>
          </tr>
          <tr>
            <th scope="row">
              <Keys caps={['Esc']} />
            </th>
            <td>Close this help</td>
          </tr>
        </tbody>
      </table>
      <p className="present-help-note">
        Shown blocks are ordinary edits: {IS_MAC ? '⌘' : 'Ctrl'}+Z in the editor undoes them too.
      </p>
      <button type="button" className="toolbar-button" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}

function Keys({ caps }: { caps: readonly string[] }) {
  return caps.map((cap, index) => (
    <span key={index}>
      {index > 0 && '+'}
      <kbd>{cap}</kbd>
    </span>
  ));
}
