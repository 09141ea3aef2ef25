// The departments domain's public entry: all that other domains may use of it (the fence test enforces this).
export { departmentName } from './departments.service';
