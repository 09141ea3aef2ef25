export { announcedDrives, systemDrives, type DriveSource } from './drives';
