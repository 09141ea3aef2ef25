// The removable drives mounted now, asked of the operating system each time (a drive comes and goes while
// the app runs). A command that is missing, slow or fails gives an empty list, never an error: the clerk
// can still type or browse a path.
import { execFile } from 'node:child_process';
import { readFile, statfs } from 'node:fs/promises';
import type { Drive } from '../../ipc/schemas/files';
import { parseLsblk, parseMounts, parseWindowsDisks } from './drives-parse';

export type DriveSource = () => Promise<Drive[]>;

function run(cmd: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 3000, windowsHide: true, maxBuffer: 1 << 20 }, (err, stdout) =>
      resolve(err ? null : stdout),
    );
  });
}

const WINDOWS_QUERY =
  'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | ' +
  'Select-Object DeviceID,VolumeName,VolumeSerialNumber,Size,FreeSpace,DriveType | ConvertTo-Json -Compress';

async function linuxDrives(): Promise<Drive[]> {
  const out = await run('lsblk', [
    '-J',
    '-b',
    '-o',
    'NAME,LABEL,SIZE,FSAVAIL,MOUNTPOINT,RM,HOTPLUG,UUID,TRAN',
  ]);
  if (out !== null) return parseLsblk(out);
  // No lsblk: what the desktop mounted under /media, with sizes from the filesystem and no identifier.
  const mounts = parseMounts(await readFile('/proc/mounts', 'utf8').catch(() => ''));
  return Promise.all(
    mounts.map(async (path) => {
      const s = await statfs(path).catch(() => null);
      return {
        path,
        label: path.split('/').pop() ?? path,
        sizeBytes: s ? s.blocks * s.bsize : null,
        freeBytes: s ? s.bavail * s.bsize : null,
        volumeId: null,
        removable: true,
      };
    }),
  );
}

export const systemDrives: DriveSource = async () => {
  if (process.platform === 'win32') {
    const out = await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_QUERY]);
    return out === null ? [] : parseWindowsDisks(out);
  }
  if (process.platform === 'linux') return linuxDrives();
  return [];
};

/**
 * Folders announced as drives, for tests and demonstrations without a USB stick: a JSON file listing
 * `{ path, label, volumeId }`. Only the Chromium bridge offers this; the Electron shell never does.
 */
export function announcedDrives(listFile: string): DriveSource {
  return async () => {
    const raw = await readFile(listFile, 'utf8').catch(() => '[]');
    let list: unknown;
    try {
      list = JSON.parse(raw);
    } catch {
      return [];
    }
    if (!Array.isArray(list)) return [];
    return list.flatMap((d: { path?: unknown; label?: unknown; volumeId?: unknown }) =>
      typeof d.path === 'string'
        ? [
            {
              path: d.path,
              label: typeof d.label === 'string' ? d.label : d.path,
              sizeBytes: null,
              freeBytes: null,
              volumeId: typeof d.volumeId === 'string' ? d.volumeId.toUpperCase() : null,
              removable: true,
            },
          ]
        : [],
    );
  };
}
