// Who may touch the personnel registers (persons, departments, travel, leaving, allowance).
import { describe, expect, it } from 'vitest';
import { can } from '../../../../electron/core/util/permissions';
import { channelNames, contract } from '../../../../electron/ipc/contract';

describe('access to the personnel registers', () => {
  it('the clerk writes, the leader only reads, administrators and the auditor see nothing', () => {
    const mine = channelNames.filter((c) => /^(persons|departments|travel|leaving|allowance):/.test(c));
    expect(mine.length).toBeGreaterThan(40);
    for (const c of mine) {
      const access = contract[c].access;
      expect(['register:read', 'register:write'], c).toContain(access);
      if (access === 'public') throw new Error(c);
      expect(can('clerk', access, 'strict'), c).toBe(true);
      expect(can('leader', access, 'strict'), c).toBe(access === 'register:read');
      for (const admin of ['sysadmin', 'secadmin', 'auditor'] as const) {
        expect(can(admin, access, 'strict'), `${admin} ${c}`).toBe(false);
      }
    }
  });
});
