// 修改检查范围: the departments a check still open covers, replaced whole in one audited write. A 部门自查 stays
// one department (several are a 抽查 or 联合检查, opened as such); `department_id` follows the scope, set only
// when it is exactly one.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { inspections } from '../../../db/schema';
import type { InspectionScopeInput, InspectionView } from '../../ipc/schemas/inspections';
import type { AppCore } from '../app-core';
import { today } from '../util/dates';
import { refuse } from '../util/refuse';
import { loadOpenInspection, saveScopeInTx } from './store';
import { inspectionView } from './views';

export function setInspectionScope(
  core: AppCore,
  input: z.output<typeof InspectionScopeInput>,
): InspectionView {
  core.write(
    'inspection_scope',
    'inspection',
    (tx) => {
      const c = loadOpenInspection(tx, input.inspectionId);
      if (c.kind === 'self_dept' && input.departmentIds.length !== 1)
        refuse(
          'self_check_one_department',
          '部门自查只查一个部门；查几个部门请另开“抽查”或“联合检查”。',
          'departmentIds',
        );
      saveScopeInTx(tx, c.id, input.departmentIds);
      tx.update(inspections)
        .set({ departmentId: input.departmentIds.length === 1 ? (input.departmentIds[0] ?? null) : null })
        .where(eq(inspections.id, c.id))
        .run();
    },
    () => ({ entityId: input.inspectionId, detail: { departmentIds: input.departmentIds } }),
  );
  return inspectionView(core.session().db, input.inspectionId, today(core.clock));
}
