// How the exchange screens write sizes and fingerprints (the labels of refusal reasons, profiles and media are
// in db/domain/labels/).

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Fingerprints are 8 groups of 4: shown (and read aloud) group by group. */
export function groups(fp: string): string[] {
  const clean = fp.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return clean.match(/.{1,4}/g) ?? [];
}
