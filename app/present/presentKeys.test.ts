import { describe, expect, it } from 'vitest';
import { chordCaps, PRESENT_SHORTCUTS, presentActionFor, type KeyPress } from './presentKeys';

const press = (code: string, key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  code,
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('presentActionFor', () => {
  it('steps with Alt+arrows everywhere but text fields, and with PageDown/PageUp outside the editor', () => {
    const altRight = press('ArrowRight', 'ArrowRight', { altKey: true });
    expect(presentActionFor(altRight, 'page', false)).toBe('next-step');
    expect(presentActionFor(altRight, 'editor', false)).toBe('next-step');
    expect(presentActionFor(altRight, 'text-field', false)).toBeNull();
    expect(presentActionFor(press('ArrowLeft', 'ArrowLeft', { altKey: true }), 'page', true)).toBe(
      'previous-step',
    );
    expect(presentActionFor(press('PageDown', 'PageDown'), 'page', false)).toBe('next-step');
    expect(presentActionFor(press('PageUp', 'PageUp'), 'page', false)).toBe('previous-step');
    expect(presentActionFor(press('PageDown', 'PageDown'), 'editor', false)).toBeNull();
  });

  it('matches letters by their place, so that Option+letter on a Mac counts', () => {
    expect(presentActionFor(press('KeyS', 'ß', { altKey: true }), 'editor', true)).toBe('reveal-block');
    expect(presentActionFor(press('KeyS', 'S', { altKey: true, shiftKey: true }), 'page', false)).toBe(
      'hide-block',
    );
    expect(presentActionFor(press('KeyN', 'n', { altKey: true }), 'page', false)).toBe('next-lesson');
    expect(presentActionFor(press('KeyP', 'p', { altKey: true }), 'editor', false)).toBe('previous-lesson');
    expect(presentActionFor(press('KeyP', 'p', { altKey: true }), 'text-field', false)).toBeNull();
  });

  it('zooms with the platform’s primary modifier, in any place and layout', () => {
    for (const key of ['+', '=']) {
      expect(presentActionFor(press('Equal', key, { ctrlKey: true }), 'editor', false)).toBe('zoom-in');
      expect(
        presentActionFor(press('Equal', key, { metaKey: true, shiftKey: true }), 'text-field', true),
      ).toBe('zoom-in');
    }
    expect(presentActionFor(press('Minus', '-', { ctrlKey: true }), 'page', false)).toBe('zoom-out');
    expect(presentActionFor(press('Digit0', '0', { metaKey: true }), 'page', true)).toBe('zoom-reset');
    // Ctrl on a Mac and ⌘ elsewhere are not the primary modifier.
    expect(presentActionFor(press('Equal', '=', { ctrlKey: true }), 'page', true)).toBeNull();
    expect(presentActionFor(press('Equal', '=', { metaKey: true }), 'page', false)).toBeNull();
  });

  it('opens the help with “?” outside the editor only', () => {
    expect(presentActionFor(press('Slash', '?', { shiftKey: true }), 'page', false)).toBe('help');
    expect(presentActionFor(press('Slash', '?', { shiftKey: true }), 'editor', false)).toBeNull();
  });

  it('leaves everything else alone, extra modifiers included', () => {
    expect(presentActionFor(press('KeyS', 's'), 'page', false)).toBeNull();
    expect(presentActionFor(press('ArrowRight', 'ArrowRight'), 'page', false)).toBeNull();
    expect(
      presentActionFor(press('ArrowRight', 'ArrowRight', { altKey: true, ctrlKey: true }), 'page', false),
    ).toBeNull();
    expect(presentActionFor(press('Enter', 'Enter', { ctrlKey: true }), 'page', false)).toBeNull();
  });
});

describe('PRESENT_SHORTCUTS', () => {
  it('gives every action one entry and spells the modifiers per platform', () => {
    const actions = PRESENT_SHORTCUTS.map((shortcut) => shortcut.action);
    expect(new Set(actions).size).toBe(actions.length);
    const hide = PRESENT_SHORTCUTS.find((shortcut) => shortcut.action === 'hide-block')!.chords[0]!;
    expect(chordCaps(hide, false)).toEqual(['Alt', 'Shift', 'S']);
    expect(chordCaps(hide, true)).toEqual(['⌥', '⇧', 'S']);
  });
});
