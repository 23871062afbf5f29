/** The learner's top-level blocks as the checks see them: type, label, id. */
import type { AlloyFile, Block } from '../syntax/ast';

export type ComponentView = {
  /** `loki.write.mythical`, `logging`. */
  id: string;
  /** `loki.write`, `logging`. */
  type: string;
  label: string | null;
  block: Block;
  /** Position among the top-level blocks. */
  order: number;
};

export function componentViews(file: AlloyFile): ComponentView[] {
  const views: ComponentView[] = [];
  for (const statement of file.body) {
    if (statement.kind !== 'Block') continue;
    const label = statement.label?.value ?? null;
    views.push({
      id: label === null ? statement.name : `${statement.name}.${label}`,
      type: statement.name,
      label,
      block: statement,
      order: views.length,
    });
  }
  return views;
}
