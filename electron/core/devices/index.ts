// The devices domain's public entry: all that other domains may use of it (the fence test enforces this).
// Leaving asks here what a person still holds before their 离岗 is recorded or approved; stats counts the two
// registers; the home page reads the reminders; the xlsx import registers devices and media through the form's write.
export { devicesCount, devicesHeldBy, devicesHeldByMany } from './register-query';
export { deviceReminders } from './reminders';
export { seedDevices } from './demo';
export { seedRepairs } from './demo-repairs';
export { listDevices } from './register-query';
export { addUsageInTx, listUsage } from './usage';
export { checkMediumWrite, logMediumWrite, type MediumCheck } from './media-guard';
export { registerDeviceInTx } from './register';
export { retireDeviceInTx } from './disposal';
