// A failure told in a toast, once: the same words already on screen are not stacked again when a second
// reporter (the window's drop and a field's, a retry, a double click) says the same thing before it fades.
import { message } from 'antd';

export function toastError(text: string): void {
  void message.error({ content: text, key: `error:${text}` });
}

export function toastInfo(text: string): void {
  void message.info({ content: text, key: `info:${text}` });
}
