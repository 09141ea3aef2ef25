import { Modal, Select } from 'antd';
import type { NavItem } from './nav';
import { navigate } from './route';

/** Ctrl+K: type part of a register's name, Enter, and you are there. */
export function JumpDialog({
  open,
  items,
  onClose,
}: {
  open: boolean;
  items: NavItem[];
  onClose: () => void;
}) {
  return (
    <Modal open={open} title="快速跳转" footer={null} onCancel={onClose} destroyOnHidden width={420}>
      <Select
        autoFocus
        defaultOpen
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        placeholder="输入台账或页面名称"
        aria-label="跳转到"
        options={items.map((i) => ({ value: i.route, label: i.label }))}
        onChange={(route: string) => {
          navigate(route);
          onClose();
        }}
      />
    </Modal>
  );
}
