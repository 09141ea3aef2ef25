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
  /** A person's post (职务) when the 在职人员 list knows it, for an approver's 职务. */
  post?: string;
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
  // The post is only on the 在职人员 list; a 涉密人员 of the same name and department takes it from there.
  if (staff.ok)
    for (const s of staff.value.rows) {
      const o = out.find((x) => x.value === s.name && x.department === s.department);
      if (o && s.post && !s.leftOn) o.post ??= s.post;
    }
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
  postField,
}: {
  name: FieldName;
  label: string;
  source: Source;
  required?: boolean;
  /** Where a chosen person's department goes (the 部门 beside a 姓名). */
  departmentField?: FieldName;
  /** Where a chosen person's post goes (an approver's 职务), unless the clerk wrote one already. */
  postField?: FieldName;
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
          if (postField !== undefined && o.post && !form.getFieldValue(postField))
            form.setFieldValue(postField, o.post);
        }}
      />
    </Form.Item>
  );
}

/** How several names are kept in one text (检查人员 "王丽、周强"): the stored form the prints and exchange read. */
const NAMES_JOIN = '、';
const splitNames = (v: unknown): string[] =>
  typeof v === 'string'
    ? v
        .split(/[、,，;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : Array.isArray(v)
      ? (v as string[])
      : [];

/**
 * Several persons in one field (a check's 检查人员, a meeting's 出席人员), kept as one text joined by 、 as it
 * always was; `list` keeps them as a list instead (the 同行人员 of a 携带外出).
 */
export function NamesField({
  name,
  label,
  required,
  list,
}: {
  name: FieldName;
  label: string;
  required?: boolean;
  list?: boolean;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, message: `请填写${label}` }] : []}
      getValueProps={(v: unknown) => ({ value: splitNames(v) })}
      normalize={(v: unknown) => (list ? splitNames(v) : splitNames(v).join(NAMES_JOIN))}
    >
      <NamesSelect label={label} />
    </Form.Item>
  );
}

function NamesSelect({
  id,
  label,
  value,
  onChange,
}: {
  id?: string;
  label: string;
  value?: string[];
  onChange?: (v: string[]) => void;
}) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const typed = text.trim();
  // The lists answer a moment after the typing: until then the last answer is narrowed here, so an Enter
  // taken at once never picks a name that does not match what was typed.
  const options = useOptions('persons', typed).filter((o) => o.value.includes(typed));
  const known = options.some((o) => o.value === typed) || (value ?? []).includes(typed);
  return (
    <Select<string[], NameOption>
      id={id}
      mode="multiple"
      aria-label={label}
      style={{ minWidth: 260 }}
      value={value}
      // The list closes on each name taken, so Enter takes a name and the next Enter (list closed) saves.
      open={open}
      onOpenChange={setOpen}
      onChange={(v) => {
        onChange?.(v);
        setText('');
        setOpen(false);
      }}
      showSearch={{
        filterOption: false,
        searchValue: text,
        onSearch: (t) => {
          setText(t);
          if (t) setOpen(true);
        },
      }}
      // A chosen name shows as the name, whichever list (or none) it came from.
      labelRender={(p) => String(p.value)}
      placeholder="输入姓名查找，可选多人"
      notFoundContent="没有找到"
      options={[
        ...options,
        ...(typed && !known ? [{ value: typed, label: `使用未登记的名称「${typed}」` }] : []),
      ]}
    />
  );
}
