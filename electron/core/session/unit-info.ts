import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { getUnitProfile } from '../../../db/repos/unit.repo';
import type { UnitInfo } from '../../ipc/schemas/session';

export function unitInfo(db: Pick<Db, 'select'>): UnitInfo {
  const u = getUnitProfile(db);
  if (!u) throw new AppException('DB_CORRUPT', '数据库中缺少单位信息，数据库可能不完整。请用备份恢复。');
  return {
    name: u.name,
    kind: u.kind,
    unitCode: u.unitCode,
    hostLevel: u.hostLevel,
    adminMode: u.adminMode,
    mode: u.mode,
  };
}
