/**
 * Moves the focus to `target` when it has nowhere else to be, as when the
 * list item that opened a lesson went away with the click: keyboard users go
 * on from there. `key` names what is shown; each new one counts.
 */
import { useEffect, type RefObject } from 'react';

export function useFocusWhenLost(target: RefObject<HTMLElement | null>, key: string): void {
  useEffect(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) target.current?.focus();
  }, [target, key]);
}
