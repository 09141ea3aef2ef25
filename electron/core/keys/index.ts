// The keys domain's public entry: all that other domains may use of it (the fence test enforces this).
export { activeKey, createUnitKeys, signWithUnitKey, verifyEndorsement } from './keys';
export {
  normaliseFingerprint,
  parsePublicKeyFile,
  type PublicKeyEntry,
  type PublicKeyFile,
} from './public-key';
