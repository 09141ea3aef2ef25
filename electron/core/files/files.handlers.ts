// The files domain's handlers: one function per channel of files.channels.ts.
import type { DomainHandlers } from '../../ipc/dispatch';
import { PICK_EXTENSIONS, PICK_USE_LABELS } from '../../ipc/schemas/files';
import { browse } from './browse';
import { systemDrives } from './drives';

const TITLES = { open: '选择', save: '保存到', folder: '选择文件夹：' } as const;

export const filesHandlers: DomainHandlers<'files'> = {
  'files:drives': (core) => (core.drives ?? systemDrives)(),
  'files:browse': (core, input) => browse(core.drives ?? systemDrives, input.use, input.dir),
  'files:pick': async (core, input) => {
    const pick = core.shell?.pickPath;
    if (!pick) return { native: false };
    const label = PICK_USE_LABELS[input.use];
    const path = await pick.call(core.shell, {
      mode: input.mode,
      title: `${TITLES[input.mode]}${label}`,
      extensions: PICK_EXTENSIONS[input.use],
      filterName: label,
      ...(input.startIn === undefined ? {} : { startIn: input.startIn }),
      ...(input.suggestedName === undefined ? {} : { suggestedName: input.suggestedName }),
    });
    return { native: true, path };
  },
};
