/**
 * The labels of one log entry as it moves through a pipeline: the stream
 * labels (and structured metadata) it started with, plus what parsers and
 * formatters set or delete. Copy-on-write, so entries that no stage
 * changes keep their stream's label object.
 */
import type { Labels } from '../../model';

export const ERROR_LABEL = '__error__';
export const ERROR_DETAILS_LABEL = '__error_details__';

export class LabelsBuilder {
  private changes: Map<string, string | null> | null = null;

  constructor(
    /** Stream labels: parsers rename clashing keys with `_extracted`. */
    readonly stream: Labels,
    private readonly base: Labels,
  ) {}

  get(name: string): string {
    const changed = this.changes?.get(name);
    if (changed !== undefined) return changed ?? '';
    return this.base[name] ?? '';
  }

  has(name: string): boolean {
    return this.get(name) !== '';
  }

  set(name: string, value: string): void {
    (this.changes ??= new Map()).set(name, value === '' ? null : value);
  }

  delete(name: string): void {
    (this.changes ??= new Map()).set(name, null);
  }

  get hasError(): boolean {
    return this.has(ERROR_LABEL);
  }

  setError(error: string, details: string): void {
    if (this.hasError) return;
    this.set(ERROR_LABEL, error);
    this.set(ERROR_DETAILS_LABEL, details);
  }

  names(): string[] {
    const names = new Set(Object.keys(this.base));
    for (const name of this.changes?.keys() ?? []) names.add(name);
    return [...names].filter((name) => this.has(name));
  }

  /** Whether the labels differ from those the entry started with. */
  get changed(): boolean {
    return this.changes !== null;
  }

  labels(): Labels {
    if (!this.changes) return this.base;
    const result: Record<string, string> = {};
    for (const name of this.names().sort()) result[name] = this.get(name);
    return result;
  }
}
