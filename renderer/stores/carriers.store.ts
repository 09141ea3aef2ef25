import type { CarrierRow } from '../../electron/ipc/contract';
import { createRegisterStore } from './register.store';

export const useCarriers = createRegisterStore<CarrierRow>({
  sort: { field: 'registeredOn', order: 'desc' },
});
