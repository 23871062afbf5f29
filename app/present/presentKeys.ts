/**
 * The projector's keyboard shortcuts, as data: the key handler matches
 * against them and the help overlay lists them, so the two cannot disagree.
 *
 * Chosen to leave Monaco's own keys alone on Windows and Linux: Alt+←/→ and
 * Alt+N/P/S are unbound there (the browser's Alt+←/→ history jumps are
 * stopped while projecting). On a Mac, Option+←/→ jump words in the editor;
 * while projecting they step through the lesson instead. PageDown/PageUp, what
 * a presenter's remote sends, work outside the editor, where they do not
 * scroll the text. Letters are matched by their key position (`code`), so
 * Option+S on a Mac, which types `ß`, still counts as Alt+S.
 */

export type PresentAction =
  | 'next-step'
  | 'previous-step'
  | 'next-lesson'
  | 'previous-lesson'
  | 'reveal-block'
  | 'hide-block'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'help';

/** Where a key was pressed: in the editor's text, in another text field (Monaco's find box too), or elsewhere. */
export type KeyPlace = 'editor' | 'text-field' | 'page';

export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** A key with its modifiers. `primary` is Ctrl, or ⌘ on a Mac. */
type Chord = {
  /** `KeyboardEvent.code` of the key, for keys in fixed places. */
  code?: string;
  /** The characters the key may produce, for keys whose place depends on the layout (`+`). */
  keys?: readonly string[];
  alt?: boolean;
  primary?: boolean;
  /** Whether Shift must be held; `any` for characters that need it on some layouts. */
  shift?: boolean | 'any';
  /** Only outside the editor and text fields, where the key does not move a cursor. */
  pageOnly?: boolean;
  /** The key caps the help shows, with `Alt` and `Primary` spelled per platform. */
  caps: readonly string[];
};

export type Shortcut = { action: PresentAction; description: string; chords: readonly Chord[] };

export const PRESENT_SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'next-step',
    description: 'Next step: the next objective, then the next lesson',
    chords: [
      { code: 'ArrowRight', alt: true, caps: ['Alt', '→'] },
      { code: 'PageDown', pageOnly: true, caps: ['PageDown'] },
    ],
  },
  {
    action: 'previous-step',
    description: 'Previous step',
    chords: [
      { code: 'ArrowLeft', alt: true, caps: ['Alt', '←'] },
      { code: 'PageUp', pageOnly: true, caps: ['PageUp'] },
    ],
  },
  {
    action: 'next-lesson',
    description: 'Next lesson',
    chords: [{ code: 'KeyN', alt: true, caps: ['Alt', 'N'] }],
  },
  {
    action: 'previous-lesson',
    description: 'Previous lesson',
    chords: [{ code: 'KeyP', alt: true, caps: ['Alt', 'P'] }],
  },
  {
    action: 'reveal-block',
    description: 'Show the next block of the solution in the editor',
    chords: [{ code: 'KeyS', alt: true, caps: ['Alt', 'S'] }],
  },
  {
    action: 'hide-block',
    description: 'Take the last shown block back',
    chords: [{ code: 'KeyS', alt: true, shift: true, caps: ['Alt', 'Shift', 'S'] }],
  },
  {
    action: 'zoom-in',
    description: 'Larger text',
    chords: [{ keys: ['+', '='], primary: true, shift: 'any', caps: ['Primary', '+'] }],
  },
  {
    action: 'zoom-out',
    description: 'Smaller text',
    chords: [{ keys: ['-', '_'], primary: true, shift: 'any', caps: ['Primary', '−'] }],
  },
  {
    action: 'zoom-reset',
    description: 'Text back to its projector size',
    chords: [{ keys: ['0'], primary: true, shift: 'any', caps: ['Primary', '0'] }],
  },
  {
    action: 'help',
    description: 'This help (outside the editor)',
    chords: [{ keys: ['?'], shift: 'any', pageOnly: true, caps: ['?'] }],
  },
];

/** The projector action a key press asks for where it was pressed; null for keys that are not the projector's. */
export function presentActionFor(press: KeyPress, place: KeyPlace, mac: boolean): PresentAction | null {
  for (const shortcut of PRESENT_SHORTCUTS) {
    if (shortcut.chords.some((chord) => matches(chord, press, place, mac))) return shortcut.action;
  }
  return null;
}

function matches(chord: Chord, press: KeyPress, place: KeyPlace, mac: boolean): boolean {
  if (chord.pageOnly && place !== 'page') return false;
  // In a text field only zooming applies: its Alt-letters and arrows belong to the field.
  if (place === 'text-field' && !chord.primary) return false;
  const primaryHeld = mac ? press.metaKey : press.ctrlKey;
  const otherHeld = mac ? press.ctrlKey : press.metaKey;
  if (primaryHeld !== Boolean(chord.primary) || otherHeld) return false;
  if (press.altKey !== Boolean(chord.alt)) return false;
  if (chord.shift !== 'any' && press.shiftKey !== Boolean(chord.shift)) return false;
  return chord.code !== undefined ? press.code === chord.code : (chord.keys ?? []).includes(press.key);
}

/** A chord's key caps as this platform spells them. */
export function chordCaps(chord: Chord, mac: boolean): string[] {
  return chord.caps.map((cap) => {
    if (cap === 'Alt') return mac ? '⌥' : 'Alt';
    if (cap === 'Primary') return mac ? '⌘' : 'Ctrl';
    if (cap === 'Shift') return mac ? '⇧' : 'Shift';
    return cap;
  });
}
