// Where a long job is (a bar and its words) and its cancel while it may still be stopped.
import { Button, Progress, Space } from 'antd';

export interface JobStatusProps {
  text: string;
  percent: number;
  cancel: (() => void) | null;
}

export function JobStatus(props: JobStatusProps) {
  return (
    <Space role="status" aria-label="进度" style={{ marginTop: 8 }}>
      <Progress style={{ width: 240 }} size="small" percent={props.percent} showInfo={false} />
      <span>{props.text}</span>
      {props.cancel ? <Button onClick={props.cancel}>取消</Button> : null}
    </Space>
  );
}
