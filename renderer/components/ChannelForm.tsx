// A form that submits to one channel of the contract. Validation is the core's: its zod schema answers
// VALIDATION with `fields[].path` (e.g. `unit.name`) and a Chinese message, which land on the matching
// Form.Item (`name={['unit', 'name']}`). The renderer does not import zod, so there is one set of rules.
import { Button, Form, Space, type FormInstance } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppError, Channel, ChannelInput, ChannelOutput, Result } from '../../electron/ipc/contract';
import { call } from '../api';
import { ErrorNote } from './ErrorNote';
import { focusFirstField, submitOnEnter } from './forms/keyboard';

type NamePath = (string | number)[];

function toNamePath(path: string): NamePath {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The names of the fields the form has now (a group such as `approval` is not one: no item shows its error). */
function fieldNames(form: FormInstance): Set<string> {
  const names = new Set<string>();
  form.getFieldsValue(true, (meta) => {
    if (meta?.name) names.add(meta.name.join('.'));
    return false;
  });
  return names;
}

/**
 * Put the core's field errors on the form. Returns the paths that have no field here, so the caller can
 * show the whole message instead (an error must never be swallowed).
 */
export function applyFieldErrors(form: FormInstance, error: AppError): string[] {
  const names = fieldNames(form);
  const unmatched: string[] = [];
  const fields = (error.fields ?? []).flatMap((f) => {
    if (!f.path || !names.has(f.path)) {
      unmatched.push(f.path);
      return [];
    }
    return [{ name: toNamePath(f.path), errors: [f.message] }];
  });
  form.setFields(fields);
  return unmatched;
}

/** The name paths of the fields a change touched: `{ patch: { name: 'x' } }` → `[['patch', 'name']]`. */
function changedPaths(changed: unknown, prefix: NamePath = []): NamePath[] {
  if (changed === null || typeof changed !== 'object' || Array.isArray(changed)) return [prefix];
  return Object.entries(changed).flatMap(([k, v]) => changedPaths(v, [...prefix, k]));
}

export interface ChannelFormProps<C extends Channel, V> {
  channel: C;
  form: FormInstance<V>;
  /** Turn the form's values into the channel's input (defaults to the values as they are). */
  toInput?: (values: V) => ChannelInput<C>;
  /** The core accepted (what shows the data refetches on its own: the change bus). */
  onDone?: (value: ChannelOutput<C>) => void;
  /**
   * Called on a refusal, e.g. to go back to the wizard step holding the field; `shown`: the form shows the
   * message itself (not every path had a field here).
   */
  onError?: (error: AppError, shown: boolean) => void;
  submitText: string;
  children: ReactNode;
  extraButtons?: ReactNode;
  /** Read-only view of the same form. */
  disabled?: boolean;
  initialValues?: Partial<V>;
}

export function ChannelForm<C extends Channel, V extends object>(props: ChannelFormProps<C, V>) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const formRef = useRef<{ nativeElement?: HTMLElement }>(null);
  // A dialog opens on its first field (antd's dialog would focus itself, so Enter or Esc reached the ×). Its
  // portal joins the page after this effect, and its focus lock takes the first focusable (the ×) unless the
  // focus is already inside: so the field is focused on the next frame, before the lock looks.
  useEffect(() => {
    const el = formRef.current?.nativeElement ?? null;
    if (!el?.closest('.ant-modal')) return;
    const frame = requestAnimationFrame(() => {
      if (!el.contains(document.activeElement)) focusFirstField(el);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const submit = async (values: V) => {
    setBusy(true);
    setMessage(null);
    const input = props.toInput ? props.toInput(values) : (values as unknown as ChannelInput<C>);
    const r: Result<ChannelOutput<C>> = await call(props.channel, input);
    setBusy(false);
    if (r.ok) {
      props.onDone?.(r.value);
      return;
    }
    const unmatched = applyFieldErrors(props.form, r.error);
    // Field errors already shown beside their fields need no banner; anything else does.
    const shown = !r.error.fields?.length || unmatched.length > 0;
    props.onError?.(r.error, shown);
    if (shown) setMessage(r.error.message);
  };
  return (
    <Form<V>
      ref={formRef as never}
      form={props.form}
      onKeyDown={(e) => submitOnEnter(e, () => !busy && !props.disabled && props.form.submit())}
      layout="vertical"
      // Fields the form itself requires carry antd's mark, so the clerk sees them before submitting.
      onFinish={(v) => void submit(v)}
      // The core's errors are not the field's own rules, so antd would keep them after the clerk edits the
      // field; they go as soon as the value changes (the next submit asks the core again).
      onValuesChange={(changed) =>
        (props.form as FormInstance).setFields(changedPaths(changed).map((name) => ({ name, errors: [] })))
      }
      initialValues={props.initialValues}
      disabled={props.disabled || busy}
      scrollToFirstError
    >
      <ErrorNote message={message} />
      {props.children}
      <Space className="form-actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {props.submitText}
        </Button>
        {props.extraButtons}
      </Space>
    </Form>
  );
}
