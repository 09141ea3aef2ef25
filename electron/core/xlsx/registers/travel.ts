// 因私出国（境）台账 in a sheet: the headings REFERENCE §2.2 names for it (出境日期, 目的地, 事由, 涉密等级 …),
// every trip the register's filters select. Export only for now.
import { TRAVEL_STATUS_LABELS } from '../../../../db/domain/labels';
import { type TravelView, TravelListInput } from '../../../ipc/schemas/travel';
import { listTravel } from '../../travel';
import { allRows } from './paged';
import type { RegisterColumns } from './types';

export const travelColumns: RegisterColumns = {
  id: 'travel',
  title: '因私出国（境）台账',
  entity: 'private_travel',
  domain: 'travel',
  exportAction: 'travel_export_xlsx',
  columns: [
    { key: 'person', heading: '姓名', width: 10 },
    { key: 'department', heading: '部门', width: 14 },
    { key: 'destination', heading: '目的地', width: 16 },
    { key: 'purpose', heading: '事由', width: 20 },
    { key: 'appliedOn', heading: '申请日期', width: 12 },
    { key: 'plannedDepartOn', heading: '拟出境日期', width: 12 },
    { key: 'plannedReturnOn', heading: '拟返回日期', width: 12 },
    { key: 'educatedOn', heading: '行前教育日期', width: 12 },
    { key: 'departedOn', heading: '出境日期', width: 12 },
    { key: 'returnedOn', heading: '返回日期', width: 12 },
    { key: 'status', heading: '状态', width: 10 },
  ],
  query: TravelListInput.omit({ page: true, pageSize: true }),
  rows: (db, query, today) =>
    allRows(
      query,
      (q) => TravelListInput.parse(q),
      (q) => listTravel(db, q, today),
      (t: TravelView) => ({
        person: t.personName,
        department: t.department,
        destination: t.destination,
        purpose: t.purpose,
        appliedOn: t.appliedOn,
        plannedDepartOn: t.plannedDepartOn,
        plannedReturnOn: t.plannedReturnOn,
        educatedOn: t.educatedOn ?? '',
        departedOn: t.departedOn ?? '',
        returnedOn: t.returnedOn ?? '',
        status: TRAVEL_STATUS_LABELS[t.status],
      }),
    ),
};
