// Which removable drive a destination is on (issue 21 point 3): the deepest mount that holds the path, by
// whole folder names, Windows letters in either case; the PC's own disk is on none.
import { describe, expect, it } from 'vitest';
import { driveHolding } from '../../../../electron/core/files';
import type { Drive } from '../../../../electron/ipc/schemas/files';

const drive = (path: string, volumeId: string): Drive => ({
  path,
  label: volumeId,
  sizeBytes: null,
  freeBytes: null,
  volumeId,
  removable: true,
});

describe('the drive a path is on', () => {
  const linux = [drive('/media/wangli/U盘', 'A'), drive('/media/wangli/U盘/inner', 'B')];
  it('finds the deepest mount holding the path, and the mount itself', () => {
    expect(driveHolding(linux, '/media/wangli/U盘/报送')?.volumeId).toBe('A');
    expect(driveHolding(linux, '/media/wangli/U盘/inner/x.bmx')?.volumeId).toBe('B');
    expect(driveHolding(linux, '/media/wangli/U盘')?.volumeId).toBe('A');
  });
  it('never matches a folder that only starts with the same letters', () => {
    expect(driveHolding(linux, '/media/wangli/U盘2/报送')).toBeNull();
    expect(driveHolding(linux, '/home/wangli/文档')).toBeNull();
  });
  it('reads Windows letters in either case and either slash', () => {
    const win = [drive('E:\\', '1A2B3C4D')];
    expect(driveHolding(win, 'e:/报送')?.volumeId).toBe('1A2B3C4D');
    expect(driveHolding(win, 'E:\\报送\\x.bmx')?.volumeId).toBe('1A2B3C4D');
    expect(driveHolding(win, 'C:\\Users')).toBeNull();
  });
});
