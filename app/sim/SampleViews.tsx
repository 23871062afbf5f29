/** The items a component or wire handled, alone or before and after, with their labels. */
import type { Sample } from '../../src/sim';
import { clockTime } from './format';
import { pairSamples, viewSample, type FieldDiff, type SampleView } from './sampleDiff';

export function SampleList({ title, samples }: { title: string; samples: readonly Sample[] }) {
  return (
    <section className="sim-samples" aria-label={title}>
      <h4 className="sim-subheading">{title}</h4>
      <ol className="sim-sample-list" data-testid="sim-samples">
        {samples.map((sample, index) => {
          const view = viewSample(sample);
          return (
            <li key={index} className="sim-sample">
              <SampleHeadline view={view} changed={false} />
              <Fields
                fields={Object.entries(view.fields).map(([name, value]) => same(name, value))}
                side="after"
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** What a transforming component received beside what it sent, pair by pair. */
export function SamplePairs({ received, sent }: { received: readonly Sample[]; sent: readonly Sample[] }) {
  const pairs = pairSamples(received, sent);
  return (
    <section className="sim-samples" aria-label="Before and after">
      <h4 className="sim-subheading">Before and after</h4>
      <p className="sim-diff-legend">
        <span className="sim-field sim-field--added">added</span>{' '}
        <span className="sim-field sim-field--changed">changed</span>{' '}
        <span className="sim-field sim-field--removed">dropped</span>
      </p>
      <table className="sim-pairs" data-testid="sim-sample-pairs">
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Sent</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair, index) => (
            <tr key={index}>
              <td>
                {pair.before ? (
                  <>
                    <SampleHeadline view={pair.before} changed={pair.headlineChanged} />
                    <Fields fields={pair.fields} side="before" />
                  </>
                ) : (
                  <p className="sim-missing">Not among the last items received</p>
                )}
              </td>
              <td>
                {pair.after ? (
                  <>
                    <SampleHeadline view={pair.after} changed={pair.headlineChanged} />
                    <Fields fields={pair.fields} side="after" />
                  </>
                ) : (
                  <p className="sim-missing">Not among the last items sent: dropped, or still on its way</p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SampleHeadline({ view, changed }: { view: SampleView; changed: boolean }) {
  return (
    <p className={changed ? 'sim-headline sim-headline--changed' : 'sim-headline'}>
      <time className="sim-time">{clockTime(view.time)}</time>{' '}
      <span className="sim-line">{view.headline}</span>
      {changed && <span className="sim-visually-hidden"> (changed)</span>}
    </p>
  );
}

/** The labels of one side of a pair; what the component changed is marked in colour and in words. */
function Fields({ fields, side }: { fields: readonly FieldDiff[]; side: 'before' | 'after' }) {
  const shown = fields.filter((field) => (side === 'before' ? field.before : field.after) !== null);
  if (shown.length === 0) return null;
  return (
    <ul className="sim-fields" aria-label="Labels">
      {shown.map((field) => {
        const value = side === 'before' ? field.before : field.after;
        const mark = markOf(field, side);
        return (
          <li
            key={field.name}
            className={`sim-field${mark ? ` sim-field--${mark}` : ''}`}
            data-change={mark ?? undefined}
          >
            {field.name}="{value}"
            {mark && <span className="sim-visually-hidden"> ({mark === 'removed' ? 'dropped' : mark})</span>}
          </li>
        );
      })}
    </ul>
  );
}

function markOf(field: FieldDiff, side: 'before' | 'after'): 'added' | 'changed' | 'removed' | null {
  if (field.change === 'changed') return 'changed';
  if (side === 'after' && field.change === 'added') return 'added';
  if (side === 'before' && field.change === 'removed') return 'removed';
  return null;
}

function same(name: string, value: string): FieldDiff {
  return { name, before: value, after: value, change: 'same' };
}
