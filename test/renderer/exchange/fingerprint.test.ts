// Fingerprints are grouped the same way everywhere (issue 23 point 12): the core's text (CLI, messages, audit log),
// the screens' groups and the printed sheet all come from db/domain/fingerprint.ts.
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { fingerprintGroups, fingerprintText } from '../../../db/domain/fingerprint';
import { fingerprint, keyIdOf } from '../../../electron/core/keys/keys';
import { groups } from '../../../renderer/exchange/labels';

describe('one way of writing a fingerprint', () => {
  it('fingerprint_one_formatter: the core, the screens and the print group a key alike, in fours', () => {
    const publicKey = ed25519.getPublicKey(ed25519.utils.randomSecretKey());
    const id = keyIdOf('ed25519', publicKey);
    const core = fingerprint('ed25519', publicKey);
    expect(core).toBe(fingerprintText(id));
    expect(groups(core)).toEqual(fingerprintGroups(id));
    expect(groups(id).join(' ')).toBe(core);
    expect(core).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('reads what a clerk typed or a sheet shows, whatever the spacing, dashes or case', () => {
    expect(fingerprintText('ab12-CD34 ef56  7890')).toBe('AB12 CD34 EF56 7890');
    expect(fingerprintGroups('')).toEqual([]);
  });
});
