import { openDatabase } from '../db/open';
import { readKeyring } from '../electron/core/vault/keyring';
import { unlockWithPassword } from '../electron/core/vault/vault';
const { dataKey } = await unlockWithPassword(readKeyring('/tmp/bench/large.keyring'), 'demo', 'Mima#2026abc');
const db = openDatabase('/tmp/bench/large.db', dataKey);
const c = db.$client;
const combos0 = [
  `type='usb' AND level='secret'`, `type='paper' AND status='on_loan'`, `department='办公室' AND level='confidential'`,
  `level='secret' AND status='in_custody' AND type='paper'`, `type='usb'`,
];
const time = (label: string) => { for (const w of combos) { const s = c.prepare(`SELECT count(*) FROM carriers WHERE ${w}`); s.get(); const t = performance.now(); for (let i=0;i<5;i++) s.get(); console.log(label, w, ((performance.now()-t)/5).toFixed(1), JSON.stringify(c.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM carriers WHERE ${w}`).all().map((r: any)=>r.detail))); } };
c.pragma('cache_size = -65536'); const combos = combos0; time('cached');
c.exec(`CREATE INDEX IF NOT EXISTS carriers_facets_idx ON carriers(level, type, status, department, class_state)`);
time('facets');
c.exec('ANALYZE');
time('analyzed');
c.exec('DROP INDEX carriers_facets_idx; DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4;');
