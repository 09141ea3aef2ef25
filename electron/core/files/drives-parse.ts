// What the operating system says about its removable drives, turned into one shape. Kept apart from running
// the commands so both platforms' outputs are tested on captured samples on any machine.
import type { Drive } from '../../ipc/schemas/files';

/**
 * One identifier for a volume whichever system reads it: a FAT/exFAT serial is `1A2B-3C4D` in Linux's UUID
 * and `1A2B3C4D` in Windows' VolumeSerialNumber, so the dash is dropped and letters upper-cased; longer
 * identifiers (ext4, NTFS UUIDs) are kept as they are, upper-cased.
 */
export function normalizeVolumeId(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim().toUpperCase();
  if (s === '') return null;
  return /^[0-9A-F]{4}-[0-9A-F]{4}$/.test(s) ? s.replace('-', '') : s;
}

interface LsblkDevice {
  name?: string;
  label?: string | null;
  size?: number | string | null;
  fsavail?: number | string | null;
  mountpoint?: string | null;
  mountpoints?: (string | null)[] | null;
  rm?: boolean | string | number | null;
  hotplug?: boolean | string | number | null;
  uuid?: string | null;
  tran?: string | null;
  children?: LsblkDevice[];
}

const truthy = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 'true';
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/**
 * `lsblk -J -b -o NAME,LABEL,SIZE,FSAVAIL,MOUNTPOINT,RM,HOTPLUG,UUID,TRAN`: a disk is removable when lsblk says
 * so (RM or HOTPLUG) or it hangs on USB; its mounted partitions (or itself, when unpartitioned) are the drives.
 * Older lsblk prints MOUNTPOINT, newer MOUNTPOINTS; both are read.
 */
export function parseLsblk(json: string): Drive[] {
  let parsed: { blockdevices?: LsblkDevice[] };
  try {
    parsed = JSON.parse(json) as { blockdevices?: LsblkDevice[] };
  } catch {
    return [];
  }
  const out: Drive[] = [];
  const visit = (d: LsblkDevice, removable: boolean): void => {
    const isRemovable = removable || truthy(d.rm) || truthy(d.hotplug) || d.tran === 'usb';
    const mounts = [d.mountpoint, ...(d.mountpoints ?? [])].filter(
      (m): m is string => typeof m === 'string' && m !== '' && m !== '[SWAP]',
    );
    const mount = mounts[0];
    if (isRemovable && mount !== undefined) {
      out.push({
        path: mount,
        label: d.label?.trim() || d.name || mount,
        sizeBytes: num(d.size),
        freeBytes: num(d.fsavail),
        volumeId: normalizeVolumeId(d.uuid),
        removable: true,
      });
    }
    for (const c of d.children ?? []) visit(c, isRemovable);
  };
  for (const d of parsed.blockdevices ?? []) visit(d, false);
  return out;
}

/** Mount points a desktop puts removable media under, when lsblk is not there to ask. */
export function parseMounts(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const mount = line.split(' ')[1];
    if (!mount) continue;
    // /proc/mounts escapes space, tab, newline and backslash as octal; the rest is the name's own UTF-8.
    const path = mount.replace(/\\(040|011|012|134)/g, (_m, o: string) =>
      String.fromCharCode(parseInt(o, 8)),
    );
    if (/^\/(run\/)?media\/./.test(path)) out.push(path);
  }
  return out;
}

interface WinDisk {
  DeviceID?: string;
  VolumeName?: string | null;
  VolumeSerialNumber?: string | null;
  Size?: number | string | null;
  FreeSpace?: number | string | null;
  DriveType?: number;
}

/**
 * PowerShell's `Get-CimInstance Win32_LogicalDisk -Filter DriveType=2 | Select-Object DeviceID,VolumeName,
 * VolumeSerialNumber,Size,FreeSpace,DriveType | ConvertTo-Json`: one object for one drive, an array for more.
 */
export function parseWindowsDisks(json: string): Drive[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.trim() === '' ? '[]' : json);
  } catch {
    return [];
  }
  const disks = (Array.isArray(parsed) ? parsed : [parsed]) as WinDisk[];
  return disks
    .filter((d) => typeof d?.DeviceID === 'string' && (d.DriveType === undefined || d.DriveType === 2))
    .map((d) => ({
      path: `${d.DeviceID as string}\\`,
      label: d.VolumeName?.trim() || (d.DeviceID as string),
      sizeBytes: num(d.Size),
      freeBytes: num(d.FreeSpace),
      volumeId: normalizeVolumeId(d.VolumeSerialNumber),
      removable: true,
    }));
}
