/** Where an objective stands, and the mark that shows it beside the objective's text. */

export type ObjectiveStatus = 'met' | 'unmet' | 'unknown';

const STATUS_LABEL: Record<ObjectiveStatus, string> = {
  met: 'Met',
  unmet: 'Not met yet',
  unknown: 'Not checked yet',
};
const STATUS_ICON: Record<ObjectiveStatus, string> = { met: '✓', unmet: '○', unknown: '…' };

/** The status of an objective from its latest verdict, if any. */
export function objectiveStatus(verdict: { passed: boolean } | undefined): ObjectiveStatus {
  return !verdict ? 'unknown' : verdict.passed ? 'met' : 'unmet';
}

export function ObjectiveStatusMark({ status }: { status: ObjectiveStatus }) {
  return (
    <span className="objective-status" role="img" aria-label={STATUS_LABEL[status]}>
      {STATUS_ICON[status]}
    </span>
  );
}
