import type { IpcMain, WebFrameMain } from 'electron';
import { channelNames } from './contract';
import type { Dispatcher } from './dispatch';
import { fail } from './result';

/**
 * One `ipcMain.handle` per channel of the contract. The sender frame is checked before anything else;
 * validation and error wrapping happen in the dispatcher, so nothing is ever thrown across IPC.
 */
export function registerIpc(
  ipcMain: IpcMain,
  dispatcher: Dispatcher,
  isTrustedFrame: (frame: WebFrameMain | null) => boolean,
): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return fail({ code: 'FORBIDDEN', message: '拒绝来自未知页面的调用。' });
      }
      return dispatcher.dispatch(name, input);
    });
  }
}
