import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, InputNumber, Popover, Space, Typography } from 'antd';
import type { ColumnSettings } from './columnSettings';

interface Col {
  key: string;
  title: string;
  width: number;
}

/** Column visibility and width, usable from the keyboard (no drag needed). */
export function ColumnSettingsButton({
  columns,
  settings,
  onChange,
}: {
  columns: readonly Col[];
  settings: ColumnSettings;
  onChange: (s: ColumnSettings | null) => void;
}) {
  const panel = (
    <div className="column-settings">
      {columns.map((c) => (
        <div key={c.key} className="column-settings-row">
          <Checkbox
            checked={!settings.hidden.includes(c.key)}
            onChange={(e) =>
              onChange({
                ...settings,
                hidden: e.target.checked
                  ? settings.hidden.filter((k) => k !== c.key)
                  : [...settings.hidden, c.key],
              })
            }
          >
            {c.title}
          </Checkbox>
          <InputNumber
            size="small"
            min={60}
            max={800}
            step={20}
            aria-label={`${c.title}列宽`}
            value={settings.widths[c.key] ?? c.width}
            onChange={(v) => onChange({ ...settings, widths: { ...settings.widths, [c.key]: v ?? c.width } })}
          />
        </div>
      ))}
      <Space className="column-settings-foot">
        <Typography.Text type="secondary">设置保存在本机。</Typography.Text>
        <Button size="small" onClick={() => onChange(null)}>
          恢复默认
        </Button>
      </Space>
    </div>
  );
  return (
    <Popover content={panel} title="列设置（显示与列宽）" trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />}>列设置</Button>
    </Popover>
  );
}
