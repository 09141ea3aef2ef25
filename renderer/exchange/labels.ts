// How the exchange screens write sizes and fingerprints (the labels of refusal reasons, profiles and media are
// in db/domain/labels/).
import { fingerprintGroups } from '../../db/domain/fingerprint';

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Fingerprints are 8 groups of 4: shown (and read aloud) group by group. */
export const groups = fingerprintGroups;
