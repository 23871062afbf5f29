import { usePlayground } from '../state/store';

/** The source as plain text, shown while the editor loads so the page is never blank. */
export function SourcePreview() {
  const source = usePlayground((state) => state.source);
  return (
    <pre className="source-preview" aria-busy="true" aria-label="Loading the editor">
      {source}
    </pre>
  );
}
