import type { ReactNode } from 'react';

/** antd's preset tag colours that the registers use. */
export type ChipColor = 'red' | 'orange' | 'gold' | 'blue' | 'green' | 'purple' | 'cyan' | 'default';

/**
 * A tag drawn as one span with fixed styles (styles.css .chip), looking like antd's filled Tag. For the cells
 * of a register's rows: antd's Tag runs its style and token hooks for each one, and a jump through a register
 * draws some forty of them at once (issue 20 point 3).
 */
export function Chip({
  color = 'default',
  className,
  children,
  ...data
}: {
  color?: ChipColor;
  className?: string;
  children: ReactNode;
  [data: `data-${string}`]: string;
}) {
  return (
    <span className={className ? `chip chip-${color} ${className}` : `chip chip-${color}`} {...data}>
      {children}
    </span>
  );
}
