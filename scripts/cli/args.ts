// A small argument parser: `--name value`, `--flag`, and positional arguments. Unknown options are usage
// errors, so a typo never silently changes what a command does.
import { CliError, EXIT } from './io';

export interface OptionSpec {
  /** Options that take a value. */
  values?: readonly string[];
  /** Options that are flags. */
  flags?: readonly string[];
  /** Required value options. */
  required?: readonly string[];
  /** Names of positional arguments, in order; all required. */
  positional?: readonly string[];
}

export interface Parsed {
  values: Record<string, string>;
  flags: Set<string>;
  positional: Record<string, string>;
}

const SECRET_OPTIONS = /^(password|passwd|pass|pwd|recovery-code|recovery)$/;

export function parseArgs(argv: readonly string[], spec: OptionSpec): Parsed {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const rest: string[] = [];
  const allowedValues = new Set(spec.values ?? []);
  const allowedFlags = new Set([...(spec.flags ?? []), 'json']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (SECRET_OPTIONS.test(name)) {
      throw new CliError('密码和恢复码只能从标准输入读取，不能写在命令行参数里。', EXIT.usage);
    }
    if (allowedFlags.has(name) && inline === undefined) {
      flags.add(name);
    } else if (allowedValues.has(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`选项 --${name} 缺少取值。`, EXIT.usage);
      values[name] = v;
    } else {
      throw new CliError(`未知选项：--${name}`, EXIT.usage);
    }
  }
  for (const r of spec.required ?? []) {
    if (!(r in values)) throw new CliError(`缺少必需的选项 --${r}。`, EXIT.usage);
  }
  const names = spec.positional ?? [];
  if (rest.length !== names.length) {
    throw new CliError(
      names.length ? `需要参数：${names.map((n) => `<${n}>`).join(' ')}` : `多余的参数：${rest.join(' ')}`,
      EXIT.usage,
    );
  }
  const positional = Object.fromEntries(names.map((n, i) => [n, rest[i] as string]));
  return { values, flags, positional };
}

/** A value restricted to a list, with the list in the error. */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  dflt: T,
): T {
  if (value === undefined) return dflt;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${name} 只能是 ${allowed.join(' / ')}（收到 ${value}）。`, EXIT.usage);
}
