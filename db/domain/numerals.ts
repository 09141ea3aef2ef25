/** 一 … 十三 … 二十五: the numbering of the items of regulation art. 58 and of the 台账's sections (1–99). */
export function chineseNumber(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n] ?? '';
  return `${n >= 20 ? (d[Math.floor(n / 10)] ?? '') : ''}十${d[n % 10] ?? ''}`;
}
