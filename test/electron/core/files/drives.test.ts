// Removable drives as both systems report them (issue 21, point 2), from captured outputs, and the in-app
// picker's folder view: only the files a use accepts, regular files only, the drives first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppCore } from '../../../../electron/core/app-core';
import { announcedDrives } from '../../../../electron/core/files';
import { browse } from '../../../../electron/core/files/browse';
import {
  normalizeVolumeId,
  parseLsblk,
  parseMounts,
  parseWindowsDisks,
} from '../../../../electron/core/files/drives-parse';
import { createDispatcher } from '../../../../electron/ipc/dispatch';
import { allHandlers } from '../../../../electron/ipc/handlers';
import { callsOn } from '../../../helpers/calls';
import { CLERK, TEST_KDF, tempDir, UNIT } from '../../../helpers/temp';

const sample = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../fixtures/drives', name), 'utf8');

describe('removable drives', () => {
  it('linux_lsblk: removable and USB partitions that are mounted, with label, size, free space and identifier', () => {
    const drives = parseLsblk(sample('lsblk-usb.json'));
    expect(drives).toEqual([
      {
        path: '/media/clerk/涉密U盘07',
        label: '涉密U盘07',
        sizeBytes: 31002198016,
        freeBytes: 30911234048,
        volumeId: '1A2B3C4D',
        removable: true,
      },
      {
        path: '/run/media/clerk/BACKUP',
        label: 'BACKUP',
        sizeBytes: 1000204886016,
        freeBytes: 812345678848,
        volumeId: '7E1C2B3A-4D5E-6F70-8192-A3B4C5D6E7F8',
        removable: true,
      },
    ]);
  });

  it('linux_lsblk_mountpoints: newer lsblk (MOUNTPOINTS, values as strings) reads the same', () => {
    expect(parseLsblk(sample('lsblk-mountpoints.json'))).toEqual([
      {
        path: '/media/user/KINGSTON',
        label: 'KINGSTON',
        sizeBytes: 15726542848,
        freeBytes: 15700000000,
        volumeId: 'AB12CD34',
        removable: true,
      },
    ]);
    expect(parseLsblk('not json')).toEqual([]);
  });

  it('linux_mount_table: without lsblk, what is mounted under /media and /run/media', () => {
    expect(parseMounts(sample('mounts.txt'))).toEqual(['/media/clerk/涉密U盘07', '/run/media/clerk/My Disk']);
  });

  it('windows_logical_disks: drive letters with their volume serial, one drive or several', () => {
    const two = parseWindowsDisks(sample('windows-two.json'));
    expect(two.map((d) => [d.path, d.label, d.volumeId, d.freeBytes])).toEqual([
      ['E:\\', '涉密U盘07', '1A2B3C4D', 30911234048],
      ['F:\\', 'F:', '9F8E7D6C', 15700000000],
    ]);
    expect(parseWindowsDisks(sample('windows-one.json'))).toEqual([
      {
        path: 'E:\\',
        label: 'KINGSTON',
        sizeBytes: 15726542848,
        freeBytes: 15700000000,
        volumeId: 'AB12CD34',
        removable: true,
      },
    ]);
    expect(parseWindowsDisks('')).toEqual([]);
  });

  it('volume_id_same_on_both_systems: a FAT serial read by Linux equals the one Windows reports', () => {
    expect(normalizeVolumeId('1a2b-3c4d')).toBe(normalizeVolumeId('1A2B3C4D'));
    expect(normalizeVolumeId('')).toBeNull();
  });
});

describe('the in-app picker', () => {
  function folder() {
    const dir = tempDir('baomi-browse-');
    mkdirSync(join(dir, '报送'));
    writeFileSync(join(dir, '第3号.bmx'), 'x');
    writeFileSync(join(dir, '说明.txt'), 'x');
    writeFileSync(join(dir, '.hidden.bmx'), 'x');
    execFileSync('mkfifo', [join(dir, '管道.bmx')]);
    return dir;
  }

  it('browse_offers_regular_files_only: a FIFO named like a package is not offered, other kinds are filtered', async () => {
    const dir = folder();
    const usb = tempDir('baomi-usb-');
    const list = join(tempDir(), 'drives.json');
    writeFileSync(list, JSON.stringify([{ path: usb, label: '涉密U盘07', volumeId: '1a2b3c4d' }]));
    const view = await browse(announcedDrives(list), 'package', dir);
    expect(view.entries.map((e) => [e.name, e.kind])).toEqual([
      ['报送', 'dir'],
      ['第3号.bmx', 'file'],
    ]);
    expect(view.drives).toEqual([
      {
        path: usb,
        label: '涉密U盘07',
        sizeBytes: null,
        freeBytes: null,
        volumeId: '1A2B3C4D',
        removable: true,
      },
    ]);
    expect((await browse(announcedDrives(list), 'folder', dir)).entries.map((e) => e.name)).toEqual(['报送']);
  });

  it('browse_refuses_what_is_not_a_folder, in Chinese, through the channel', async () => {
    const dir = tempDir();
    const core = new AppCore({ dbPath: join(dir, 'baomi.db'), kdf: TEST_KDF, drives: async () => [] });
    const api = createDispatcher(core, allHandlers(), (e) => {
      throw e;
    });
    const r = await api.dispatch('session:setup', { unit: UNIT, account: CLERK });
    expect(r.ok).toBe(true);
    const calls = callsOn(api);
    const err = await calls.refused('files:browse', { use: 'package', dir: join(dir, '不存在') });
    expect(err.message).toContain('找不到文件夹');
    expect((await calls.refused('files:browse', { use: 'package', dir: 'relative/path' })).code).toBe(
      'VALIDATION',
    );
    // No system dialog behind the Chromium bridge or the CLI: the renderer shows its own picker.
    expect(await calls.call('files:pick', { use: 'backup', mode: 'save' })).toEqual({ native: false });
    expect(await calls.call('files:drives', {})).toEqual([]);
  });
});
