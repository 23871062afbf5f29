/**
 * A button that opens the system's file picker: the file input itself stays
 * hidden (it cannot be styled), and choosing the same file twice still counts.
 */
import { useRef, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** The file types offered, as the input's `accept`. */
  accept: string;
  /** The hidden input's test id: tests hand it files directly. */
  inputTestId: string;
  onFile: (file: File) => void;
};

export function FileButton({ children, accept, inputTestId, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="toolbar-button" onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={inputTestId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
