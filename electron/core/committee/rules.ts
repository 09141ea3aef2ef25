// The rules of the committee's work and of 涉密会议 (regulation art. 6, art. 45). Each refusal names its rule;
// each rule has a test named after it (test/electron/core/committee/rules.test.ts).
import { refuse } from '../util/refuse';

/** A decision nobody owns is a decision nobody carries out: every decision and plan item names its owner. */
export function checkOwner(ownerPersonId: number | undefined, path: string): asserts ownerPersonId is number {
  if (ownerPersonId === undefined) {
    refuse('decision_needs_owner', '每项决定事项都须明确责任人（谁来办、何时办完），请选择责任人。', path);
  }
}

/** Art. 45: the materials handed out come back before the meeting is over. */
export function checkMaterialsBack(out: { carrierName: string; copyNo: number; issuedTo: string }[]): void {
  if (!out.length) return;
  const shown = out
    .slice(0, 5)
    .map((m) => `《${m.carrierName}》第${m.copyNo}份（${m.issuedTo}）`)
    .join('、');
  refuse(
    'meeting_materials_out',
    `尚有 ${out.length} 份会议材料未收回：${shown}${out.length > 5 ? ' 等' : ''}。会议材料全部收回后才能结束。`,
    'meetingId',
  );
}

export function checkCopyFree(inCustody: boolean, issuedElsewhere: boolean, copyNo: number): void {
  if (issuedElsewhere) {
    refuse('material_copy_once', `第${copyNo}份已作为会议材料发出，尚未收回。`, 'copyNos');
  }
  if (!inCustody) {
    refuse(
      'material_copy_in_custody',
      `第${copyNo}份目前不在保管中（已借出、外出或已处理），不能作为会议材料发放。`,
      'copyNos',
    );
  }
}
