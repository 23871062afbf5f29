/**
 * A lesson link into the configuration (`[url](alloy:logging#level)`):
 * shows the place in the editor and its component in the graph, or says
 * that the configuration has no such place yet.
 */
import { useState, type ReactNode } from 'react';
import { revealPointer } from './revealPointer';

export function PointerLink({ pointer, children }: { pointer: string; children: ReactNode }) {
  const [missing, setMissing] = useState(false);
  return (
    <>
      <button
        type="button"
        className="pointer-link"
        data-pointer={pointer}
        title="Show in the editor"
        onClick={() => setMissing(!revealPointer(pointer))}
      >
        {children}
      </button>
      <span role="status" className="pointer-missing">
        {missing && ' (not in your configuration yet)'}
      </span>
    </>
  );
}
