import { Alert } from 'antd';

/** A core error shown where the clerk is looking; the text comes from the core, already in Chinese. */
export function ErrorNote({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return <Alert type="error" showIcon title={message} role="alert" className="error-note" />;
}
