/** Keeps `analysis` in the store up to date with `source`, analysed in a worker, from when `enabled`. */
import { useEffect } from 'react';
import { usePlayground } from '../state/store';
import { createAnalysisClient } from './analysisClient';

export function useLiveAnalysis(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const client = createAnalysisClient((result) => usePlayground.getState().setAnalysis(result));
    const { source, revision } = usePlayground.getState();
    client.send({ source, revision });
    const unsubscribe = usePlayground.subscribe((state, previous) => {
      if (state.revision !== previous.revision)
        client.send({ source: state.source, revision: state.revision });
    });
    return () => {
      unsubscribe();
      client.dispose();
    };
  }, [enabled]);
}
