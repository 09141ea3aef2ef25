// Input and output of the CLI: secrets from standard input only, results as text or one JSON object.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { AppError } from '../../db/domain/errors';

/** Exit codes every command shares (README): 0 done/sound, 1 a problem found or refused, 2 usage or login. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

/** A failure the CLI reports and exits with; `code` is the stable error code shown with --json. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly code = exitCode === EXIT.usage ? 'USAGE' : 'PROBLEM',
  ) {
    super(message);
  }
}

let stdinLines: string[] | null = null;

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l, i, all) => l.length > 0 || i < all.length - 1);
}

async function pipedLines(): Promise<string[]> {
  if (stdinLines) return stdinLines;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  stdinLines = lines(Buffer.concat(chunks).toString('utf8'));
  return stdinLines;
}

/**
 * Standard input handed over as text, for the tests that run commands inside their own process
 * (test/scripts/cli-helpers.ts: a process apiece costs seconds); `null` goes back to the real standard input.
 * `baomi` itself never calls it, so the real binary reads only its standard input.
 */
export function giveInput(text: string | null): void {
  stdinLines = text === null ? null : lines(text);
}

/** Secrets typed at a terminal (hidden prompt, asked twice at init), not piped or handed over. */
export function atTerminal(): boolean {
  return stdinLines === null && process.stdin.isTTY === true;
}

/** Ask on the terminal without echo. */
function promptHidden(question: string): Promise<string> {
  const muted = new Writable({ write: (_c, _e, cb) => cb() });
  process.stderr.write(question);
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/**
 * The next secret (password, recovery code): one line of standard input when piped, or a hidden prompt
 * on a terminal. Never taken from the command line, where it would sit in the shell history and `ps`.
 */
export async function readSecret(prompt: string): Promise<string> {
  if (atTerminal()) return promptHidden(prompt);
  const lines = await pipedLines();
  const line = lines.shift();
  if (line === undefined || line.length === 0) {
    throw new CliError(
      `${prompt.replace(/[：:]\s*$/, '')}未提供：请从标准输入输入（例如 echo '…' | baomi …）。`,
      EXIT.usage,
    );
  }
  return line;
}

/** Ask a yes/no question on a terminal; piped input answers with its next line. */
export async function confirm(question: string): Promise<boolean> {
  let answer: string;
  if (atTerminal()) {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    answer = await new Promise((r) => rl.question(question, (a) => (rl.close(), r(a))));
  } else {
    answer = (await pipedLines()).shift() ?? '';
  }
  return /^(y|yes|是|确认)$/i.test(answer.trim());
}

export interface Out {
  json: boolean;
  /** The command's result: the JSON object with --json, else the human lines. */
  result(value: unknown, lines: () => string[]): void;
  /** Progress and notices go to standard error so standard output stays clean for --json. */
  info(line: string): void;
}

export function output(json: boolean): Out {
  return {
    json,
    result(value, lines) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${lines().join('\n')}\n`);
    },
    info(line) {
      process.stderr.write(`${line}\n`);
    },
  };
}

/** Wrong input and failed logins are the caller's to fix (2); everything else is a problem found (1). */
export function exitCodeFor(error: AppError): number {
  return ['VALIDATION', 'FORBIDDEN', 'LOCKED'].includes(error.code) ? EXIT.usage : EXIT.problem;
}
