/**
 * A button in a toolbar: never a form's submit button. Its toolbar gives it
 * its look, by a class or by its own CSS.
 */
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<'button'>, 'type'> & {
  /** For a face that says too little (a symbol, an abbreviation): names the button and shows as its tooltip. */
  label?: string;
  /** The keyboard shortcuts that do the same, announced as aria-keyshortcuts (they are handled elsewhere). */
  keys?: string;
};

export function ToolbarButton({ label, keys, ...props }: Props) {
  return <button type="button" aria-label={label} title={label} aria-keyshortcuts={keys} {...props} />;
}
