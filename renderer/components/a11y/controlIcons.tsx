// antd's own controls that hold nothing but an icon, named through the settings antd offers for them (the
// ConfigProvider in App.tsx): every icon is otherwise decorative and hidden (quietIcon), so the control would be
// announced as a bare "button". The two without such a setting (the table's filter trigger, the clear button)
// are named in renderer/vite.config.ts.
import { EllipsisOutlined, SearchOutlined } from '@ant-design/icons';
import type { ConfigProviderProps } from 'antd';

export const CONTROL_ICONS = {
  inputSearch: { searchIcon: <SearchOutlined aria-label="查询" /> },
  tabs: { more: { icon: <EllipsisOutlined aria-label="更多标签页" /> } },
} satisfies ConfigProviderProps;
