// The unit's figures at the supervisor as kept by the imports, beside a recount of them (issue 20, point 5).
import { refreshUnitFigures } from '../../../../electron/core/exchange/supervisor-figures';
import type { Site } from '../exchange/helpers';

type Row = { figure: string; key: string; n: number; cum: number };

/** The unit's figures as kept, and as a recount in a savepoint (rolled back) gives them. */
export function keptAndRecounted(sup: Site, unitCode: string): { kept: Row[]; recount: Row[] } {
  const client = sup.core.session().db.$client;
  const read = () =>
    client
      .prepare('SELECT figure, key, n, cum FROM supervision_figures WHERE unit_code = ? ORDER BY figure, key')
      .all(unitCode) as Row[];
  const kept = read();
  client.exec('SAVEPOINT recount');
  try {
    refreshUnitFigures(client, unitCode);
    return { kept, recount: read() };
  } finally {
    client.exec('ROLLBACK TO recount');
    client.exec('RELEASE recount');
  }
}
