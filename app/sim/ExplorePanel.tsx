/**
 * Explore, as in Grafana: pick Loki, Mimir or Tempo, write a query (the
 * open lesson's verification queries are filled in and a click away), run
 * it against the simulated backends and read the result.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { verificationQueries, type VerificationQuery } from '../../src/check/verification';
import type { QueryLanguage } from '../../src/sim';
import { openLessonOf, useLessons } from '../state/lessonStore';
import { useSimulation, type Datasource } from '../state/simStore';
import { QueryResultView } from './QueryResultView';
import type { QueryAnswer } from './simulationClient';

const DATASOURCES: readonly {
  id: Datasource;
  name: string;
  language: QueryLanguage;
  languageName: string;
}[] = [
  { id: 'loki', name: 'Loki', language: 'logql', languageName: 'LogQL' },
  { id: 'mimir', name: 'Mimir', language: 'promql', languageName: 'PromQL' },
  { id: 'tempo', name: 'Tempo', language: 'traceql', languageName: 'TraceQL' },
];

/** What Explore offers in the playground, where no lesson has queries of its own. */
const PLAYGROUND_QUERIES: Record<Datasource, string> = {
  loki: '{service_name=~".+"}',
  mimir: 'up',
  tempo: '{}',
};

type Run =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; answer: QueryAnswer; query: string }
  | { state: 'failed'; message: string };

export function ExplorePanel() {
  const datasource = useSimulation((state) => state.datasource);
  const queries = useSimulation((state) => state.queries);
  const client = useSimulation((state) => state.client);
  const setDatasource = useSimulation((state) => state.setDatasource);
  const setQuery = useSimulation((state) => state.setQuery);
  const verifications = useLessonVerifications();
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const source = datasourceOf(datasource);
  const query = queries[datasource];

  const runQuery = async (target: Datasource, text: string) => {
    if (!client || text.trim() === '') return;
    setRun({ state: 'running' });
    try {
      const answer = await client.query(datasourceOf(target).language, text);
      setRun({ state: 'done', answer, query: text });
    } catch (error) {
      setRun({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const pick = (verification: VerificationQuery) => {
    const target = datasourceFor(verification.language);
    setDatasource(target);
    setQuery(target, verification.query);
    void runQuery(target, verification.query);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || !(event.shiftKey || event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    void runQuery(datasource, query);
  };

  return (
    <div className="sim-explore" data-testid="sim-explore">
      <form
        className="sim-explore-form"
        onSubmit={(event) => {
          event.preventDefault();
          void runQuery(datasource, query);
        }}
      >
        <fieldset className="sim-datasources">
          <legend>Data source</legend>
          {DATASOURCES.map((each) => (
            <label key={each.id} className="sim-datasource">
              <input
                type="radio"
                name="sim-datasource"
                value={each.id}
                checked={datasource === each.id}
                onChange={() => {
                  setDatasource(each.id);
                  setRun({ state: 'idle' });
                }}
              />
              {each.name}
            </label>
          ))}
        </fieldset>
        <label className="sim-query-label" htmlFor="sim-query">
          Query ({source.languageName})
        </label>
        <div className="sim-query-row">
          <textarea
            id="sim-query"
            className="sim-query"
            rows={Math.min(4, Math.max(1, query.split('\n').length))}
            value={query}
            spellCheck={false}
            aria-describedby="sim-query-help"
            onChange={(event) => setQuery(datasource, event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button
            type="submit"
            className="sim-button sim-button--primary"
            disabled={!client || run.state === 'running'}
          >
            Run query
          </button>
        </div>
        <p id="sim-query-help" className="sim-help">
          Shift+Enter or Ctrl+Enter runs the query over the last hour of simulated time.
        </p>
      </form>
      {verifications.length > 0 && (
        <div className="sim-verifications">
          <h4 className="sim-subheading">The lesson’s verification queries</h4>
          <ul>
            {verifications.map((verification) => (
              <li key={`${verification.language}:${verification.query}`}>
                <button type="button" className="sim-verification" onClick={() => pick(verification)}>
                  <span className="sim-verification-source">
                    {datasourceOf(datasourceFor(verification.language)).name}
                  </span>
                  <code>{verification.query}</code>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <section className="sim-result" aria-label="Query result" aria-busy={run.state === 'running'}>
        {!client && <p className="sim-empty">Starting the simulation…</p>}
        {run.state === 'running' && <p className="sim-empty">Running the query…</p>}
        {run.state === 'failed' && (
          <p className="sim-error" role="alert">
            The query could not run: {run.message}
          </p>
        )}
        {run.state === 'done' && <QueryResultView answer={run.answer} query={run.query} />}
      </section>
    </div>
  );
}

/**
 * The open lesson's verification queries; once per lesson (and once for the
 * playground) they fill in the query of each data source.
 */
function useLessonVerifications(): VerificationQuery[] {
  const lessonId = useLessons((state) => state.place.lessonId);
  const lesson = useLessons(openLessonOf);
  const fillQueries = useSimulation((state) => state.fillQueries);
  const verifications = useMemo(() => (lesson ? verificationQueries(lesson.text) : []), [lesson]);

  useEffect(() => {
    if (verifications.length === 0) return fillQueries(lessonId ?? '', PLAYGROUND_QUERIES, null);
    const filled: Partial<Record<Datasource, string>> = { ...PLAYGROUND_QUERIES };
    // The first query of each language; later ones are a click away.
    for (const verification of [...verifications].reverse())
      filled[datasourceFor(verification.language)] = verification.query;
    fillQueries(lessonId ?? '', filled, datasourceFor((verifications[0] as VerificationQuery).language));
  }, [lessonId, verifications, fillQueries]);
  return verifications;
}

function datasourceOf(id: Datasource) {
  return DATASOURCES.find((each) => each.id === id) ?? (DATASOURCES[0] as (typeof DATASOURCES)[number]);
}

function datasourceFor(language: QueryLanguage): Datasource {
  return DATASOURCES.find((each) => each.language === language)?.id ?? 'loki';
}
