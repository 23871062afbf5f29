/** What the line colours and patterns mean; every entry pairs a sample line with words. */
import { SIGNAL_STYLES, SIGNALS } from '../../src/graph-model/palette';

export function Legend() {
  return (
    <details className="pg-legend" open data-testid="graph-legend">
      <summary>Legend</summary>
      <ul>
        {SIGNALS.map((signal) => {
          const dash = SIGNAL_STYLES[signal].dash;
          return (
            <li key={signal} data-signal={signal}>
              <svg width="36" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="35"
                  y2="5"
                  stroke={`var(--pg-signal-${signal})`}
                  strokeWidth="2.5"
                  strokeDasharray={dash === 'none' ? undefined : dash}
                />
              </svg>
              {SIGNAL_STYLES[signal].description}
            </li>
          );
        })}
        <li>
          <span className="pg-legend__swatch pg-legend__swatch--external" aria-hidden="true" />
          External endpoint (dashed box)
        </li>
        <li>
          <span className="pg-legend__swatch pg-legend__swatch--error" aria-hidden="true">
            !
          </span>
          Has errors (hover for details)
        </li>
      </ul>
    </details>
  );
}
