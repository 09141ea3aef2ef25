// Ctrl+K: type part of a page's name, or a record's 编号, 文号, 名称 or a person's name, Enter, and you are there.
// Pages filter as you type; records are asked of the core (debounced) through the registers' own searches.
import { Modal, Select, type RefSelectProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { LEVEL_LABELS } from '../../db/domain/labels';
import { call } from '../api';
import type { NavItem } from './nav';
import { navigate } from './route';

interface Option {
  value: string;
  label: string;
}

const RECORDS = 5;

async function findRecords(text: string): Promise<{ label: string; options: Option[] }[]> {
  const [carriers, persons] = await Promise.all([
    call('carriers:list', { search: text, page: 1, pageSize: RECORDS }),
    call('persons:list', { search: text, page: 1, pageSize: RECORDS }),
  ]);
  const groups: { label: string; options: Option[] }[] = [];
  if (carriers.ok && carriers.value.rows.length)
    groups.push({
      label: '涉密载体',
      options: carriers.value.rows.map((c) => ({
        value: `reg/carriers/${c.id}`,
        label: `${c.carrierNo} ${c.name}（${LEVEL_LABELS[c.level]}${c.docNo ? ` · ${c.docNo}` : ''}）`,
      })),
    });
  if (persons.ok && persons.value.rows.length)
    groups.push({
      label: '人员',
      options: persons.value.rows.map((p) => ({
        value: `reg/persons/${p.id}`,
        label: `${p.name}（${p.department}）`,
      })),
    });
  return groups;
}

export function JumpDialog({
  open,
  items,
  onClose,
}: {
  open: boolean;
  items: NavItem[];
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ q: string; groups: { label: string; options: Option[] }[] }>({
    q: '',
    groups: [],
  });
  const input = useRef<RefSelectProps>(null);

  useEffect(() => {
    const q = text.trim();
    if (!q) return;
    const t = window.setTimeout(() => void findRecords(q).then((groups) => setFound({ q, groups })), 200);
    return () => window.clearTimeout(t);
  }, [text]);
  const close = () => {
    setText('');
    onClose();
  };

  const q = text.trim().toLowerCase();
  const records = found.q === text.trim() ? found.groups : [];
  const pages = items
    .filter((i) => !q || i.label.toLowerCase().includes(q))
    .map((i) => ({ value: i.route, label: i.label }));
  const options: (Option | { label: string; options: Option[] })[] = q
    ? [...(pages.length ? [{ label: '页面', options: pages }] : []), ...records]
    : pages;

  return (
    <Modal
      open={open}
      title="快速跳转"
      footer={null}
      onCancel={close}
      destroyOnHidden
      width={480}
      afterOpenChange={(shown) => shown && input.current?.focus()}
    >
      <Select
        ref={input}
        autoFocus
        defaultOpen
        showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
        style={{ width: '100%' }}
        placeholder="输入页面名称，或载体编号、文号、名称、人员姓名"
        aria-label="跳转到"
        notFoundContent={q ? '没有找到' : null}
        options={options}
        onChange={(route: string) => {
          navigate(route);
          close();
        }}
      />
    </Modal>
  );
}
