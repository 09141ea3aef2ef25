// The yearbook domain's public entry: all that other domains may use of it (the fence test enforces this).
export { selfAssessmentReport } from './report';
