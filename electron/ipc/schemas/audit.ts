export interface AuditVerifyResult {
  ok: boolean;
  count: number;
  headSeq: number;
  headHash: string;
  problem?: { seq: number; reason: string };
}
