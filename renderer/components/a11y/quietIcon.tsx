// antd's icons name themselves in English for assistive technology (role="img", aria-label="search"), and a
// button's accessible name takes in its icon's: 搜索 was read "search 搜索". The app's one rule: an icon is
// decorative unless it is given a (Chinese) aria-label; a decorative icon is hidden from assistive technology,
// and an icon-only control names itself (the page walk checks both). antd's own icons (Select's arrow, the
// DatePicker's calendar, Pagination, Table's sorter and filter, Modal's ×) are reached the same way: the build
// puts this component in place of @ant-design/icons' own (renderer/vite.config.ts, `quietIcons`).
import { createElement, forwardRef, type ComponentType, type Ref } from 'react';

type IconProps = Record<string, unknown>;

export function quietIcon<P extends object>(Base: ComponentType<P>): ComponentType<P> {
  const Quiet = forwardRef((props: IconProps, ref: Ref<HTMLSpanElement>) => {
    const named = props['aria-label'] != null || props['aria-labelledby'] != null;
    // The base spreads these after its own role and label, so undefined removes them from the element.
    const quiet = named ? {} : { role: undefined, 'aria-label': undefined, 'aria-hidden': true };
    return createElement(Base as ComponentType<IconProps>, { ...props, ...quiet, ref });
  });
  Quiet.displayName = 'QuietIcon';
  return Quiet as unknown as ComponentType<P>;
}
