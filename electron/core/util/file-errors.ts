// What the operating system says when a file cannot be written or read, in the clerk's words. One table for
// every writer (export packages, receipts, backups, xlsx, prints) and for the dispatcher's last word on errors.

const FILE_FAILURES: Record<string, string> = {
  ENOSPC: '存储空间已满',
  EDQUOT: '存储空间已满',
  EFBIG: '文件超过了介质允许的大小',
  EACCES: '没有写入该位置的权限',
  EPERM: '没有写入该位置的权限',
  EROFS: '介质是只读的',
  ENOENT: '文件夹不存在，或介质已被取出',
  EIO: '介质读写出错',
};

/** The clerk's words for a file-system failure, or undefined when `e` is not one. */
export function fileFailure(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(FILE_FAILURES, code) ? FILE_FAILURES[code] : undefined;
}
