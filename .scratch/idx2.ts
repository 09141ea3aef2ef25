import { openDatabase } from '../db/open';
import { readKeyring } from '../electron/core/vault/keyring';
import { unlockWithPassword } from '../electron/core/vault/vault';
const { dataKey } = await unlockWithPassword(readKeyring('/tmp/bench/large.keyring'), 'demo', 'Mima#2026abc');
const db = openDatabase('/tmp/bench/large.db', dataKey);
const c = db.$client;
c.pragma('cache_size = -65536');
const combos = [
  `type='usb' AND level='secret'`, `type='paper' AND status='on_loan'`, `department='办公室' AND level='confidential'`,
  `level='secret' AND status='in_custody' AND type='paper'`, `department='办公室' AND type='paper'`,`class_state='classified' AND type='paper'`
];
c.exec(`CREATE INDEX IF NOT EXISTS carriers_facets_idx ON carriers(level, type, status, department, class_state)`);
for (const w of combos) { const q=`SELECT count(*) FROM carriers INDEXED BY carriers_facets_idx WHERE ${w}`; const s = c.prepare(q); s.get(); const t = performance.now(); for (let i=0;i<5;i++) s.get(); console.log(w, ((performance.now()-t)/5).toFixed(1), JSON.stringify(c.prepare(`EXPLAIN QUERY PLAN ${q}`).all().map((r: any)=>r.detail))); }
c.exec('DROP INDEX carriers_facets_idx');
