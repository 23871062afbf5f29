/**
 * Components that older Alloy releases accepted but the catalog's release no
 * longer has. Workshop material written for older releases still uses them,
 * so the editor can say what happened instead of only "unknown component".
 */
export type RetiredComponent = {
  name: string;
  /** What it did, in our words. */
  summary: string;
  /** What to use instead. */
  replacement: string;
  /** Why it is gone, for the message. */
  note: string;
};

const RETIRED: readonly RetiredComponent[] = [
  {
    name: 'prometheus.write.queue',
    summary:
      'Sent samples to remote-write endpoints (labelled `endpoint` blocks with a `url`) through a per-endpoint on-disk queue.',
    replacement: 'prometheus.remote_write',
    note: 'An experimental component, deprecated in Alloy 1.14 and since removed.',
  },
];

export function getRetiredComponent(name: string): RetiredComponent | undefined {
  return RETIRED.find((retired) => retired.name === name);
}
