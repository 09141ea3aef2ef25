// Who may read and change the carrier register: business data, so the clerk writes, the leader reads, and
// the 三员 administrators see nothing of it.
import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../../../electron/ipc/contract';
import { openDesk, received } from './helpers';

const READ_VERBS =
  /:(list|get|destructions|movements|heldBy|custodians|settings|discrepancies|exportXlsx|copyRegister|reviewList|picker)$/;
const OURS = /^(carriers|classification|inventory):/;

describe('access to the carrier register', () => {
  it('every carrier channel needs register:read to read and register:write to change', () => {
    const ours = channelNames.filter((c) => OURS.test(c));
    expect(ours.length).toBeGreaterThan(30);
    for (const c of ours)
      expect(contract[c].access, c).toBe(READ_VERBS.test(c) ? 'register:read' : 'register:write');
  });

  it('the leader reads the register but cannot change it; the auditor cannot even read it', async () => {
    const desk = await openDesk();
    const id = (await desk.call('carriers:register', received())).id;
    const PW = 'Chushi#2026a';
    const accounts = [
      { username: 'lingdao', displayName: '陈局长', role: 'leader' as const },
      { username: 'shenji', displayName: '赵五', role: 'auditor' as const },
    ];
    for (const a of accounts) await desk.call('accounts:create', { ...a, initialPassword: PW });
    const loginAs = async (username: string) => {
      await desk.api.dispatch('session:lock', {});
      await desk.call('session:unlock', { username, password: PW });
      await desk.call('session:changePassword', { oldPassword: PW, newPassword: 'Ziji#Mima2026' });
    };
    await loginAs('lingdao');
    expect((await desk.call('carriers:get', { id })).carrierNo).toBe('收2026-00001');
    expect((await desk.call('carriers:list', { page: 1, pageSize: 10 })).total).toBe(1);
    expect(await desk.refused('carriers:register', received())).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await desk.refused('carriers:recall', { carrierId: id, copyNos: [12], recalledOn: '2026-06-15' }),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    await loginAs('shenji');
    expect(await desk.refused('carriers:list', { page: 1, pageSize: 10 })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await desk.refused('carriers:heldBy', { custodianKey: '办公室/王丽' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
