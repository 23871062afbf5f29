/**
 * "New": the free playground from a blank page, the complete workshop or a
 * small example. A disclosure button with its list of choices; Escape or a
 * click elsewhere closes it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { openInPlayground } from './openInPlayground';
import { STARTERS, type Starter } from './starters';

export function NewMenu() {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
    };
  }, [open]);

  const start = (starter: Starter) => {
    setOpen(false);
    openInPlayground(starter.source(), `The free playground now holds: ${starter.title.toLowerCase()}.`);
  };

  return (
    <div
      ref={menu}
      className="new-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="toolbar-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        New <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="new-menu-list" hidden={!open} aria-label="Start the free playground from">
        {STARTERS.map((starter) => (
          <li key={starter.id}>
            <button type="button" className="new-menu-item" onClick={() => start(starter)}>
              <span className="new-menu-title">{starter.title}</span>
              <span className="new-menu-description">{starter.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
