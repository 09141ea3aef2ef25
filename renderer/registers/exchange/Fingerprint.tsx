// A fingerprint in groups of four, large enough to read aloud over the telephone; a narrow column wraps it
// between groups, never inside one.
import { groups } from '../../exchange/labels';

export function Fingerprint({ value, label }: { value: string; label?: string }) {
  return (
    <span
      className="fingerprint"
      aria-label={label ?? '指纹'}
      style={{ fontFamily: 'monospace', fontSize: 16 }}
    >
      {groups(value).map((g, i) => (
        <span key={i} style={{ display: 'inline-block', marginRight: 10, letterSpacing: 1 }}>
          {g}
        </span>
      ))}
    </span>
  );
}
