/**
 * A tiny argument parser: `command [--flag value | --flag=value | --switch] [positional…]`.
 * Enough for this CLI, and no dependency.
 */

/** Parsed command line. */
export type Args = { command: string | undefined; flags: Record<string, string | true>; positionals: string[] };

/** Flags that take a value; every other `--flag` is a switch. */
const VALUE_FLAGS = new Set(['format', 'base-url', 'topic-url', 'teams']);

/** Thrown for a malformed command line; the message is shown with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parse argv (without `node script`). */
export function parseArgs(argv: string[]): Args {
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.help = true;
    } else if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        flags[name] = value;
      } else {
        flags[name] = true;
      }
    } else if (command === undefined) {
      command = arg;
    } else {
      positionals.push(arg);
    }
  }
  return { command, flags, positionals };
}
