// A person's file lists the incidents they are linked to (offered to persons by the incidents register).
import { describe, expect, it } from 'vitest';
import { newPerson } from '../persons/helpers';
import { lostDocument, openDesk } from './helpers';

describe('incidents in the person file', () => {
  it('link_target_exists: the dossier lists an incident the person is party to; an unknown person is refused', async () => {
    const desk = await openDesk('2026-06-15');
    const p = await newPerson(desk, { name: '赵敏', department: '档案科' });
    const i = await desk.call('incidents:open', lostDocument());
    expect((await desk.call('persons:dossier', { id: p.id })).incidents).toEqual([]);
    const linked = await desk.call('incidents:link', {
      incidentId: i.id,
      kind: 'person',
      refId: p.id,
      label: '当事人',
    });
    expect(linked.links).toEqual([{ kind: 'person', refId: p.id, label: '赵敏（当事人）' }]);
    const d = await desk.call('persons:dossier', { id: p.id });
    expect(d.incidents).toEqual([
      { id: i.id, title: '机密级文件一份遗失', occurredOn: '2026-06-15', role: '赵敏（当事人）' },
    ]);
    expect(
      (
        await desk.refused('incidents:link', {
          incidentId: i.id,
          kind: 'person',
          refId: 999,
          label: '当事人',
        })
      ).rule,
    ).toBe('link_target_exists');
  });
});
