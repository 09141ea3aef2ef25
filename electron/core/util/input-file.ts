// Files read from a path the renderer (or the CLI) names (issue 22, point 5): regular files only, each kind with a
// size bound checked before a byte is read. A FIFO, a device or a folder given as "the package" would otherwise
// hang the process (opening a FIFO blocks until someone writes) or read without end (/dev/zero).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { refuse } from './refuse';

const MiB = 1024 * 1024;

/** The largest file of each kind read from a given path. */
export const INPUT_FILE_LIMITS = {
  /** An exchange package (read piece by piece, never whole): a full profile of a large unit. */
  package: 2048 * MiB,
  /** A backup (.bmbak): the whole database; held in memory while it is checked. */
  backup: 4095 * MiB,
  receipt: 1 * MiB,
  /** A notice from the supervisor (.bmn): a 整改通知 of a few hundred findings is far below this. */
  notice: 4 * MiB,
  publicKey: 1 * MiB,
  auditExport: 1024 * MiB,
} as const;
export type InputFileKind = keyof typeof INPUT_FILE_LIMITS;

// not labels: the kinds of input file as refusals name them; their keys only happen to spell file-picker uses.
const KIND_NAMES: Record<InputFileKind, string> = {
  package: '数据包文件',
  backup: '备份文件',
  receipt: '回执文件',
  notice: '通知文件',
  publicKey: '公钥文件',
  auditExport: '审计日志导出文件',
};

/**
 * Open `path` for reading as a regular file of `kind`: opened without blocking (a FIFO opens at once instead of
 * waiting for a writer), then judged by what the open descriptor is, so a swap of the name after a check cannot
 * slip another file in. The caller closes the descriptor.
 */
export function openInputFile(path: string, kind: InputFileKind): { fd: number; size: number } {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch {
    refuse('input_file_unreadable', `无法读取${KIND_NAMES[kind]}：${path}`, 'path');
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      refuse(
        'input_file_regular',
        `${path} 不是普通文件（可能是文件夹、设备或管道），不能作为${KIND_NAMES[kind]}读取。`,
        'path',
      );
    }
    const limit = INPUT_FILE_LIMITS[kind];
    if (st.size > limit) {
      refuse(
        'input_file_size',
        `${KIND_NAMES[kind]}过大（${(st.size / MiB).toFixed(1)} MB，上限 ${Math.floor(limit / MiB)} MB），未读取。`,
        'path',
      );
    }
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Read a whole regular file of `kind` (bounded first). */
export function readInputFile(path: string, kind: InputFileKind): Buffer {
  const { fd, size } = openInputFile(path, kind);
  try {
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}
