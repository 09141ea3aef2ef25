// The vault's public entry: the keyring file and its key slots, all that other folders may use of it.
export {
  DEFAULT_MAX_FAILURES,
  keyringPathFor,
  readKeyring,
  writeKeyring,
  type Keyring,
  type PendingEvent,
} from './keyring';
export {
  accountSlotId,
  newDataKey,
  newKeyring,
  newRecoveryCode,
  removeSlot,
  setPasswordSlot,
  setRecoverySlot,
  unlockWithPassword,
  unlockWithRecoveryCode,
  WRONG_PASSWORD,
} from './vault';
