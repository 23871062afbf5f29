/**
 * Moving progress between machines without an account: export every
 * lesson's work (and the playground's text) to a file, and import such a
 * file here, merged by the rules the dialog states.
 */
import { useState } from 'react';
import { planImport, type ImportPlan } from '../../src/share/progress-merge';
import { MAX_PROGRESS_FILE_BYTES, readProgressFile, writeProgressFile } from '../../src/share/progress-file';
import { useLessons } from '../state/lessonStore';
import { FileButton } from '../ui/FileButton';
import { downloadText, readTextFile } from './files';
import { useModalDialog } from './useModalDialog';

const PROGRESS_FILE_NAME = 'alloy-workshop-progress.json';

type Preview = { fileName: string; plan: ImportPlan; unknownLessons: string[] };

export function ProgressDialog({ onClose }: { onClose(): void }) {
  const dialog = useModalDialog();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  const exportProgress = () => {
    const { works, place } = useLessons.getState();
    downloadText(
      PROGRESS_FILE_NAME,
      writeProgressFile({ works, playground: place.playground }, new Date()),
      'application/json',
    );
  };

  const chooseFile = async (file: File) => {
    setPreview(null);
    const read = await readTextFile(file, MAX_PROGRESS_FILE_BYTES);
    const { course, works, place } = useLessons.getState();
    const progress = read.ok
      ? readProgressFile(
          read.text,
          course.lessons.map((lesson) => lesson.id),
        )
      : read;
    if (!progress.ok) return setOutcome({ kind: 'error', text: progress.error });
    const plan = planImport({ works, playground: place.playground }, progress.progress);
    setOutcome(null);
    setPreview({ fileName: file.name, plan, unknownLessons: progress.unknownLessons });
  };

  const importProgress = ({ plan }: Preview) => {
    const changed = [...plan.added, ...plan.replaced];
    const works = Object.fromEntries(changed.map((id) => [id, plan.result.works[id]!]));
    useLessons.getState().importWork(works, plan.playgroundTaken ? plan.result.playground : null);
    setPreview(null);
    setOutcome({ kind: 'done', text: `Imported: ${describe(plan)}.` });
  };

  return (
    <dialog ref={dialog} className="playground-dialog" aria-labelledby="progress-title" onClose={onClose}>
      <h2 id="progress-title">Your progress</h2>
      <p>
        Your work stays in this browser. To carry it to another machine, export it to a file there and import
        the file here; no account needed.
      </p>
      <div className="playground-dialog-actions">
        <button type="button" className="toolbar-button" onClick={exportProgress}>
          Export progress
        </button>
        <FileButton
          accept=".json,application/json"
          inputTestId="progress-file"
          onFile={(file) => void chooseFile(file)}
        >
          Import progress…
        </FileButton>
      </div>
      <h3>How an import merges</h3>
      <ul className="playground-rules">
        <li>A lesson you have not begun here is taken from the file.</li>
        <li>
          A lesson begun in both keeps whichever work is further along: passed, then in progress, then not
          started. When both are equally far, the file’s work is taken.
        </li>
        <li>Lessons the file does not mention stay as they are.</li>
        <li>The free playground’s text comes from the file only if you never edited it here.</li>
      </ul>
      {outcome && (
        <p
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          className={`playground-outcome playground-outcome--${outcome.kind}`}
        >
          {outcome.text}
        </p>
      )}
      {preview && (
        <div className="playground-preview" role="group" aria-label="Import preview">
          <p role="status">
            “{preview.fileName}”: {describe(preview.plan)}.
            {preview.unknownLessons.length > 0 &&
              ` Skipped, unknown to this version of the workshop: ${preview.unknownLessons.join(', ')}.`}
          </p>
          <div className="playground-dialog-actions">
            <button type="button" className="toolbar-button" onClick={() => importProgress(preview)}>
              Import
            </button>
            <button type="button" className="toolbar-button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div className="playground-dialog-actions">
        <button type="button" className="toolbar-button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** What an import does, in words: "2 lessons added, 1 lesson kept (further along here)". */
function describe(plan: ImportPlan): string {
  const lessons = (ids: readonly string[]) => (ids.length === 1 ? '1 lesson' : `${ids.length} lessons`);
  const parts = [
    ...(plan.added.length > 0 ? [`${lessons(plan.added)} added`] : []),
    ...(plan.replaced.length > 0 ? [`${lessons(plan.replaced)} replaced`] : []),
    ...(plan.kept.length > 0 ? [`${lessons(plan.kept)} kept (further along here)`] : []),
    ...(plan.playgroundTaken ? ['the playground’s text taken'] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : 'nothing new, your progress here already holds it all';
}
