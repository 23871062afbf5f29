/**
 * Puts the page into projector mode: `data-present` on the root element
 * (present.css keys its large type and hidden chrome off it), the
 * high-contrast colours for the current scheme and the zoom as CSS variables.
 */
import { useEffect } from 'react';
import type { ResolvedTheme } from '../theme/useResolvedTheme';
import { PRESENT_APP_COLOURS } from './presentPalette';
import './present.css';

export function usePresentRoot(active: boolean, zoom: number, theme: ResolvedTheme): void {
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    const colours = Object.entries(PRESENT_APP_COLOURS[theme]);
    root.dataset.present = '';
    root.style.setProperty('--present-zoom', String(zoom));
    for (const [name, value] of colours) root.style.setProperty(name, value);
    return () => {
      delete root.dataset.present;
      root.style.removeProperty('--present-zoom');
      for (const [name] of colours) root.style.removeProperty(name);
    };
  }, [active, zoom, theme]);
}
