/**
 * What the lines and boxes mean. Each signal pairs a sample line, which shows
 * its dash pattern, with its name, so colour is never the only cue.
 */
import { SIGNAL_STYLES, SIGNALS } from '../../src/graph-model/palette';

export function Legend() {
  return (
    <details className="pg-legend" open data-testid="graph-legend">
      <summary>Legend</summary>
      <ul>
        {SIGNALS.map((signal) => {
          const { dash, pattern } = SIGNAL_STYLES[signal];
          return (
            <li key={signal} data-signal={signal} title={`${signal}: ${pattern}`}>
              <svg width="28" height="8" aria-hidden="true">
                <line
                  x1="1"
                  y1="4"
                  x2="27"
                  y2="4"
                  stroke={`var(--pg-signal-${signal})`}
                  strokeWidth="2.5"
                  strokeDasharray={dash === 'none' ? undefined : dash}
                />
              </svg>
              {signal}
              <span className="pg-visually-hidden">: {pattern}</span>
            </li>
          );
        })}
        <li title="External endpoint: dashed box">
          <span className="pg-legend__swatch pg-legend__swatch--external" aria-hidden="true" />
          endpoint
          <span className="pg-visually-hidden">: dashed box</span>
        </li>
        <li title="Has errors: red box with an exclamation mark; hover or focus it for the messages">
          <span className="pg-legend__swatch pg-legend__swatch--error" aria-hidden="true">
            !
          </span>
          error
          <span className="pg-visually-hidden">
            : red box with an exclamation mark; hover or focus it for the messages
          </span>
        </li>
      </ul>
    </details>
  );
}
