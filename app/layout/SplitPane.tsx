/**
 * Two panes side by side with a draggable, keyboard-operable separator
 * (the WAI-ARIA window splitter pattern).
 */
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { MAX_EDITOR_SHARE, MIN_EDITOR_SHARE } from '../state/preferences';

type SplitPaneProps = {
  start: ReactNode;
  end: ReactNode;
  /** The start pane's share of the width, between 0 and 1. */
  share: number;
  onShareChange(share: number): void;
  /** Names the separator for assistive technology, e.g. "Resize editor and graph". */
  label: string;
  /** Id of the start pane, which the separator controls. */
  startId: string;
};

const KEYBOARD_STEP = 0.05;

export function SplitPane({ start, end, share, onShareChange, label, startId }: SplitPaneProps) {
  const container = useRef<HTMLDivElement>(null);

  const shareAt = (clientX: number): number | null => {
    const bounds = container.current?.getBoundingClientRect();
    if (!bounds || bounds.width === 0) return null;
    return (clientX - bounds.left) / bounds.width;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const next = shareAt(event.clientX);
    if (next !== null) onShareChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, number> = {
      ArrowLeft: share - KEYBOARD_STEP,
      ArrowRight: share + KEYBOARD_STEP,
      Home: MIN_EDITOR_SHARE,
      End: MAX_EDITOR_SHARE,
    };
    const value = next[event.key];
    if (value === undefined) return;
    event.preventDefault();
    onShareChange(value);
  };

  const percent = Math.round(share * 100);
  return (
    <div
      ref={container}
      className="split"
      style={{ gridTemplateColumns: `minmax(0, ${share}fr) auto minmax(0, ${1 - share}fr)` }}
    >
      <div className="split-pane" id={startId}>
        {start}
      </div>
      <div
        className="split-separator"
        role="separator"
        tabIndex={0}
        aria-label={label}
        aria-orientation="vertical"
        aria-controls={startId}
        aria-valuemin={Math.round(MIN_EDITOR_SHARE * 100)}
        aria-valuemax={Math.round(MAX_EDITOR_SHARE * 100)}
        aria-valuenow={percent}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane">{end}</div>
    </div>
  );
}
