// A unit's package to the supervisor and its receipt back, the 整改通知 the notice tests send down, and the
// clerk's rectification of its findings.
import type { FindingView } from '../../../../electron/ipc/contract';
import { exportTo, SUPERVISOR, type Site } from '../exchange/helpers';

export async function send(unit: Site, sup: Site, profile: 'full' | 'incremental' = 'full') {
  const pkg = await exportTo(unit, SUPERVISOR.unitCode, profile);
  const r = await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });
  await unit.call('exchange:importReceipt', { path: r.receiptPath });
}

export const RECTIFICATION = {
  kind: 'rectification' as const,
  title: '2026年度保密检查整改通知',
  checkedOn: '2026-06-16',
  inspectors: '孙伟、钱敏',
  text: '经检查，发现以下问题，请限期整改并于整改完成后报送。',
  findings: [
    {
      area: 'carriers' as const,
      severity: 'serious' as const,
      what: '涉密载体台账与实物不符 2 件',
      requirement: '逐件核对，补登或查明去向',
      deadline: '2026-07-31',
    },
    {
      area: 'training' as const,
      severity: 'minor' as const,
      what: '新进涉密人员未参加岗前培训',
      requirement: '补训并考核',
      deadline: '2026-08-15',
    },
  ],
};

/** The clerk rectifies every finding: assigned to `doer`, started, submitted, verified by `verifier`. */
export async function rectifyAll(
  unit: Site,
  findings: Pick<FindingView, 'id' | 'severity' | 'deadline'>[],
  doer: { id: number; departmentId: number },
  verifier: { id: number },
): Promise<void> {
  for (const f of findings) {
    await unit.call('inspections:assign', {
      findingId: f.id,
      severity: f.severity,
      departmentId: doer.departmentId,
      responsiblePersonId: doer.id,
      requirement: '按通知整改',
      deadline: f.deadline ?? undefined,
    });
    await unit.call('inspections:start', { findingId: f.id, startedOn: '2026-06-17' });
    await unit.call('inspections:submit', {
      findingId: f.id,
      rectifiedOn: '2026-06-20',
      rectification: '已整改',
      rectifiedById: doer.id,
    });
    await unit.call('inspections:verify', {
      findingId: f.id,
      verifierId: verifier.id,
      verifiedOn: '2026-06-21',
      passed: true,
      evidence: '复查记录',
    });
  }
}
