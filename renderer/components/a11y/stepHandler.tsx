// The number field's ▲/▼ steppers are labelled "Increase Value" / "Decrease Value" by @rc-component/input-number,
// with no way to pass another label. They are mouse-only (not Tab stops; the field itself is a spinbutton that
// takes ↑/↓), so they keep their role and get Chinese names. The build puts this component in place of the
// library's own (renderer/vite.config.ts, `quietIcons`).
import StepHandlerBase, { type StepHandlerProps } from '@rc-component/input-number/es/StepHandler';
import { cloneElement, type JSX } from 'react';

const STEP_LABELS = { up: '增加', down: '减少' } as const;

export default function StepHandler(props: StepHandlerProps): JSX.Element {
  // Called as a function, not rendered, so its element (and its hooks, always the same ones) become ours and
  // the label can be replaced on the very element that carries it.
  return cloneElement(StepHandlerBase(props), { 'aria-label': STEP_LABELS[props.action] });
}
