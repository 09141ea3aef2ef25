import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppException } from '../../../db/domain/errors';

/**
 * Where an exported file goes: into an existing folder under its default name, or to a file name with
 * the expected extension in an existing folder. Never over an existing file unless asked (a package on the
 * medium is a record; a public key file may be replaced by a newer one), and never to a path that is
 * neither — a mistyped folder must not silently become a file.
 */
export function resolveOutputPath(
  outPath: string,
  defaultName: string,
  ext: string,
  opts: { field?: string; overwrite?: boolean } = {},
): string {
  const field = opts.field ?? 'outPath';
  const isDir = existsSync(outPath) && statSync(outPath).isDirectory();
  const path = isDir ? join(outPath, defaultName) : outPath;
  if (!isDir) {
    if (!path.toLowerCase().endsWith(ext)) {
      throw new AppException(
        'NOT_FOUND',
        `保存位置 ${outPath} 不是已有的文件夹，也不是以 ${ext} 结尾的文件名。`,
        { fields: [{ path: field, message: '请选择已有的文件夹' }] },
      );
    }
    if (!existsSync(dirname(path))) {
      throw new AppException('NOT_FOUND', `文件夹不存在：${dirname(path)}`, {
        fields: [{ path: field, message: '文件夹不存在' }],
      });
    }
  }
  if (!opts.overwrite && existsSync(path)) {
    throw new AppException('CONFLICT', `目标位置已有同名文件：${path}。请换一个位置或文件名。`, {
      fields: [{ path: field, message: '文件已存在' }],
    });
  }
  return path;
}
