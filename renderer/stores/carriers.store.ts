import type { CarrierRow, ClassificationItemView } from '../../electron/ipc/contract';
import { createRegisterStore } from './register.store';

export const useCarriers = createRegisterStore<CarrierRow>({
  sort: { field: 'registeredOn', order: 'desc' },
});

/** 国家秘密事项一览表. */
export const useClassificationItems = createRegisterStore<ClassificationItemView>();
