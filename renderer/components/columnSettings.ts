// Which columns a clerk hides and how wide they made them, per register, remembered on this PC.
import { useCallback, useState } from 'react';

export interface ColumnSettings {
  hidden: string[];
  widths: Record<string, number>;
}

const EMPTY: ColumnSettings = { hidden: [], widths: {} };

function keyOf(registerId: string): string {
  return `baomi.columns.${registerId}`;
}

function read(registerId: string, defaultHidden: string[]): ColumnSettings {
  try {
    const raw = localStorage.getItem(keyOf(registerId));
    if (!raw) return { ...EMPTY, hidden: defaultHidden };
    const v = JSON.parse(raw) as Partial<ColumnSettings>;
    return {
      hidden: Array.isArray(v.hidden) ? v.hidden.filter((x) => typeof x === 'string') : [],
      widths: v.widths && typeof v.widths === 'object' ? v.widths : {},
    };
  } catch {
    // A damaged entry must not break the register; the defaults are a safe answer.
    return { ...EMPTY, hidden: defaultHidden };
  }
}

export function useColumnSettings(registerId: string, defaultHidden: string[]) {
  const [settings, setSettings] = useState(() => read(registerId, defaultHidden));
  const save = useCallback(
    (next: ColumnSettings | null) => {
      if (next) localStorage.setItem(keyOf(registerId), JSON.stringify(next));
      else localStorage.removeItem(keyOf(registerId));
      setSettings(next ?? { ...EMPTY, hidden: defaultHidden });
    },
    [registerId, defaultHidden],
  );
  return [settings, save] as const;
}
