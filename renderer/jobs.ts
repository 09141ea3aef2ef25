// The id a long piece of work is known by while the page asks how far it got (xlsx, year book, the audit walk).
export function newJobId(): string {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
