// 公民身份号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence (odd = male), and an
// ISO 7064 MOD 11-2 check character. Pure, so both the contract's schemas and the core use it.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character the first 17 digits call for. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

/** Why an ID number is wrong, in words a clerk can act on; null when it is valid. */
export function idNumberProblem(raw: string): string | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return '证件号应为 18 位：17 位数字加 1 位数字或 X';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const t = Date.parse(`${birth}T00:00:00Z`);
  if (Number.isNaN(t) || !new Date(t).toISOString().startsWith(birth) || Number(id.slice(6, 10)) < 1900) {
    return `证件号第 7–14 位的出生日期（${id.slice(6, 14)}）不是有效日期`;
  }
  const want = idCheckChar(id.slice(0, 17));
  if (id[17] !== want) return `证件号校验位不符：按前 17 位应为 ${want}，请核对是否抄错`;
  return null;
}

/** 男 when the 17th digit is odd. */
export function genderOfId(id: string): 'male' | 'female' {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

export function birthDateOfId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
