// The settings domain's public entry: all that other domains may use of it (the fence test enforces this).
export {
  currentSettings,
  getSettings,
  idleLimitMs,
  passwordPolicy,
  settingRow,
  upsertSettings,
} from './settings.service';
