// `baomi stats`: entries per register, keyed by the register identifiers of DOMAIN.md.
import { partCounts, registerCounts } from '../../../electron/core/stats/stats.service';
import { parseArgs } from '../args';
import { EXIT, type Out } from '../io';
import { withLogin } from '../session';

export async function stats(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user'], required: ['db'] });
  const counts = await withLogin(a.values.db as string, a.values.user, ({ core }) => ({
    ...registerCounts(core.session().db),
    ...partCounts(core.session().db),
  }));
  out.result(counts, () =>
    Object.entries(counts).map(
      ([k, n]) => `${k.padEnd(22)} ${n === null ? '尚未开放' : String(n).padStart(8)}`,
    ),
  );
  return EXIT.ok;
}
