/**
 * The panel below the graph: the inspector of the selected component or
 * wire, the Explore panel, and Alloy's own log, as tabs.
 */
import { lazy, Suspense, useRef, type KeyboardEvent } from 'react';
import { useSimulation, type DrawerTab } from '../state/simStore';
import { AlloyLogView } from './AlloyLogView';
import { Inspector } from './Inspector';

// Explore brings the chart library: loaded when first opened.
const ExplorePanel = lazy(() =>
  import('./ExplorePanel').then((module) => ({ default: module.ExplorePanel })),
);

const TABS: readonly { tab: DrawerTab; label: string }[] = [
  { tab: 'inspector', label: 'Inspector' },
  { tab: 'explore', label: 'Explore' },
  { tab: 'log', label: 'Alloy log' },
];

export function SimulationDrawer() {
  const drawer = useSimulation((state) => state.drawer);
  const openDrawer = useSimulation((state) => state.openDrawer);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (drawer === null) return null;

  // Arrow keys move between the tabs, as in every tab list.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length] as (typeof TABS)[number];
    openDrawer(next.tab);
    tabs.current[TABS.indexOf(next)]?.focus();
  };

  return (
    <section className="sim-drawer" id="sim-drawer" aria-label="Simulation details" data-testid="sim-drawer">
      <div className="sim-drawer-bar">
        <div role="tablist" aria-label="Simulation details">
          {TABS.map(({ tab, label }, index) => (
            <button
              key={tab}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`sim-tab-${tab}`}
              aria-selected={drawer === tab}
              aria-controls={drawer === tab ? `sim-tabpanel-${tab}` : undefined}
              tabIndex={drawer === tab ? 0 : -1}
              className="sim-tab"
              onClick={() => openDrawer(tab)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {label}
            </button>
          ))}
        </div>
        <button type="button" className="sim-button sim-close" onClick={() => openDrawer(null)}>
          Close <span className="sim-visually-hidden">the simulation details</span>
        </button>
      </div>
      <div
        className="sim-tabpanel"
        role="tabpanel"
        id={`sim-tabpanel-${drawer}`}
        aria-labelledby={`sim-tab-${drawer}`}
        tabIndex={0}
      >
        {drawer === 'inspector' && <Inspector />}
        {drawer === 'explore' && (
          <Suspense fallback={<p className="sim-empty">Opening Explore…</p>}>
            <ExplorePanel />
          </Suspense>
        )}
        {drawer === 'log' && <AlloyLogView />}
      </div>
    </section>
  );
}
