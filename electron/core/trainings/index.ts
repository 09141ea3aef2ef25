// The trainings domain's public entry: all that other domains may use of it (the fence test enforces this).
export { trainingReminders } from './reminders';
export { matrixRows, underFloorCount } from './matrix';
export { seedTrainings, type TrainingSeedResult } from './demo';
export { trainingFigures } from './annual-figures';
export { latestAnnualAppraisals } from './appraisals';
export { listSessions } from './views';
export { listAppraisals } from './appraisals';
export { listSanctions } from './sanctions';
export { listAgreements, recordAgreementInTx } from './agreements';
export { addStaffInTx, listStaff } from './staff';
export { holdSessionInTx } from './sessions';
export { attendInTx } from './attendance';
