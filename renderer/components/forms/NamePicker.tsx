// A department or a person named in a record, chosen from the unit's lists with type-ahead (the departments,
// the 涉密人员 and the 在职人员); a name not yet registered is kept only by choosing it explicitly (the last
// option says so), never by a typo left behind. A person chosen from a list brings their department along.
import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { useDepartments } from '../../stores/departments.store';

type Source = 'departments' | 'persons';
/** A form field's name (as `FieldName` in fields.tsx, which imports this file). */
type FieldName = string | (string | number)[];

interface NameOption {
  value: string;
  label: string;
  /** A person's department, to fill the department field beside the name. */
  department?: string;
}

/** 涉密人员 first, then 在职人员 not already listed (one option per name: the Select's values are names). */
async function personOptions(text: string): Promise<NameOption[]> {
  const [persons, staff] = await Promise.all([
    call('persons:list', { search: text || undefined, pageSize: 30 }),
    call('trainings:staff', { q: text || undefined, pageSize: 30 }),
  ]);
  const out: NameOption[] = [];
  const seen = new Set<string>();
  const add = (name: string, department: string, kind: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ value: name, label: `${name}（${department}${kind}）`, department });
  };
  if (persons.ok) for (const p of persons.value.rows) add(p.name, p.department, '');
  if (staff.ok) for (const s of staff.value.rows) if (!s.leftOn) add(s.name, s.department, ' · 在职人员');
  return out;
}

function useOptions(source: Source, text: string): NameOption[] {
  const items = useDepartments((s) => s.items);
  const loaded = useDepartments((s) => s.loaded);
  const load = useDepartments((s) => s.load);
  const [persons, setPersons] = useState<NameOption[]>([]);
  useEffect(() => {
    if (source === 'departments' && !loaded) void load();
  }, [source, loaded, load]);
  useEffect(() => {
    if (source !== 'persons') return;
    let live = true;
    const t = setTimeout(() => {
      void personOptions(text).then((o) => live && setPersons(o));
    }, 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [source, text]);
  if (source === 'persons') return persons;
  return items.filter((d) => d.name.includes(text)).map((d) => ({ value: d.name, label: d.name }));
}

/** The select itself, for a field outside a Form.Item (value and onChange given by the caller). */
export function NameSelect({
  id,
  source,
  label,
  value,
  onChange,
  onPicked,
  width = 200,
}: {
  /** From the Form.Item, so that its label points at this field. */
  id?: string;
  source: Source;
  label: string;
  value?: string;
  onChange?: (v: string) => void;
  /** The option chosen, with the person's department when it came from a list. */
  onPicked?: (o: NameOption) => void;
  width?: number;
}) {
  const [text, setText] = useState('');
  const options = useOptions(source, text.trim());
  const typed = text.trim();
  const known = options.some((o) => o.value === typed);
  return (
    <Select<string, NameOption>
      id={id}
      aria-label={label}
      style={{ width }}
      value={value}
      onChange={(v, o) => {
        onChange?.(v);
        if (o && !Array.isArray(o)) onPicked?.(o);
      }}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={source === 'persons' ? '输入姓名查找' : '输入部门名称查找'}
      notFoundContent="没有找到"
      options={[
        ...options,
        ...(typed && !known ? [{ value: typed, label: `使用未登记的名称「${typed}」` }] : []),
      ]}
    />
  );
}

export function NameField({
  name,
  label,
  source,
  required,
  departmentField,
}: {
  name: FieldName;
  label: string;
  source: Source;
  required?: boolean;
  /** Where a chosen person's department goes (the 部门 beside a 姓名). */
  departmentField?: FieldName;
}) {
  const form = Form.useFormInstance();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, message: `请填写${label}` }] : []}
    >
      <NameSelect
        source={source}
        label={label}
        onPicked={(o) => {
          if (departmentField !== undefined && o.department)
            form.setFieldValue(departmentField, o.department);
        }}
      />
    </Form.Item>
  );
}
