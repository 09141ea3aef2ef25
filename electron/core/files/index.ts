export { announcedDrives, systemDrives, type DriveSource } from './drives';
export { driveHolding, driveOfPath } from './drive-of';
export { normalizeVolumeId } from './drives-parse';
