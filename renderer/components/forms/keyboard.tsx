// Keyboard first: a dialog opens on its first field, Enter submits the form from any field, and a password's
// "show" eye is reachable by mouse but not a Tab stop (Tab goes from the password to the next field or button).
import { Input } from 'antd';
import type { ComponentProps, KeyboardEvent } from 'react';

const FIELD =
  'input:not([type=hidden]):not([disabled]):not([aria-hidden=true]), textarea:not([disabled]), select:not([disabled])';

/** Focus the first field inside `root` (a dialog's form); false when it has none. */
export function focusFirstField(root: HTMLElement | null): boolean {
  const el = root?.querySelector<HTMLElement>(FIELD);
  if (!el) return false;
  el.focus({ preventScroll: false });
  return true;
}

/**
 * Enter submits from any field, a checkbox or a radio included (the browser submits only from text fields).
 * An Enter a control kept for itself is left alone: a list or calendar open picks its item (antd's select
 * prevents the default), a text area takes a new line, a button or link presses itself; a select whose list
 * is closed submits.
 */
export function submitOnEnter(e: KeyboardEvent<HTMLElement>, submit: () => void): void {
  if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
  if (e.nativeEvent.isComposing) return;
  const t = e.target as HTMLElement;
  // A picker whose list is closed and whose search is empty (its names taken) submits too: antd's select
  // prevents the default of every Enter, even the one that only reopens its list, so a form ending on a
  // person picker could otherwise not be saved from the keyboard. Typed text is the select's own (a tag
  // being added), never a submit.
  const closedPicker =
    t.getAttribute('role') === 'combobox' &&
    t.getAttribute('aria-expanded') !== 'true' &&
    !(t as HTMLInputElement).value;
  if (e.defaultPrevented && !closedPicker) return;
  if (t.tagName === 'TEXTAREA' || t.tagName === 'BUTTON' || t.tagName === 'A') return;
  if (t.getAttribute('role') === 'button' || t.getAttribute('aria-expanded') === 'true') return;
  e.preventDefault();
  submit();
}

/** A password field whose show/hide eye is not a Tab stop (it still answers the mouse). */
export function PasswordInput(props: ComponentProps<typeof Input.Password>) {
  return <Input.Password visibilityToggle={{ tabIndex: -1 }} {...props} />;
}
