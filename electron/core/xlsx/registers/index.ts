// The column registry: every register the importer reads and the exporter writes, by its identifier. The year
// book takes its per-register sheets from here (`registerColumns(id).columns` and `.rows(db, {}, today)`).
import { AppException } from '../../../../db/domain/errors';
import type { XlsxRegister } from '../../../ipc/schemas/xlsx';
import { carrierColumns } from './carriers';
import { classificationItemColumns } from './classification-items';
import { deviceColumns, mediumColumns, usageColumns } from './devices';
import { findingColumns } from './findings';
import { incidentColumns } from './incidents';
import { leaderCheckColumns } from './leaders';
import { checkColumns as inspectionColumns } from './checks';
import { committeeMeetingColumns, keySiteColumns, meetingColumns, reviewColumns } from './oversight';
import { passportColumns } from './passports';
import { personColumns } from './persons';
import { sessionColumns } from './trainings';
import { agreementColumns } from './agreements';
import { staffColumns } from './staff';
import { appraisalColumns, sanctionColumns } from './trainings-records';
import { travelColumns } from './travel';
import type { RegisterColumns } from './types';

export const REGISTER_COLUMNS: Record<XlsxRegister, RegisterColumns> = {
  carriers: carrierColumns as RegisterColumns,
  findings: findingColumns,
  persons: personColumns,
  devices: deviceColumns,
  media: mediumColumns,
  trainings: sessionColumns,
  inspections: inspectionColumns,
  incidents: incidentColumns,
  travel: travelColumns,
  usage: usageColumns,
  staff: staffColumns,
  appraisals: appraisalColumns,
  sanctions: sanctionColumns,
  agreements: agreementColumns,
  reviews: reviewColumns,
  key_sites: keySiteColumns,
  meetings: meetingColumns,
  committee_meetings: committeeMeetingColumns,
  passports: passportColumns,
  leader_checks: leaderCheckColumns,
  classification_items: classificationItemColumns,
};

export function registerColumns(id: string): RegisterColumns {
  const spec = (REGISTER_COLUMNS as Record<string, RegisterColumns>)[id];
  if (!spec) {
    throw new AppException(
      'VALIDATION',
      `没有名为“${id}”的台账（可选：${Object.keys(REGISTER_COLUMNS).join('、')}）。`,
      {
        fields: [{ path: 'register', message: '台账不存在' }],
      },
    );
  }
  return spec;
}

export type { Column, OutCell, RegisterColumns, RegisterImport } from './types';
