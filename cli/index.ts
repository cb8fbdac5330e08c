/**
 * Steering Desk command line: the app's pipelines without the app or a database.
 * `npm run cli -- parse <files…>`; `npm run cli -- --help`. All logic lives in shared/;
 * this file only parses arguments, reads files and maps errors to exit codes.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ImportError } from '../shared/parse';
import { parseArgs, UsageError } from './args';
import { CliError, oneLine, unexpectedError } from './errors';
import { runParse } from './commands/parse';
import { EXPORT_USAGE, runExport } from './commands/export';
import type { Io } from './io';

/** Printed by --help and after a usage error. */
export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  parse <files…>        Read Discourse exports (topic/posts JSON, /raw/ text, RSS, user_archive.csv),
                        Markdown files or plain text copied from a browser, and print the team
                        updates, sections, items and asks as JSON.
    --format json|md    json (default) or a Markdown summary of asks and blockers per team
    --base-url URL      forum origin for post links, e.g. https://discourse.nixos.org
    --topic-url URL     the topic the files are from, for /raw/ pages saved without its id
                        in the file name, e.g. https://discourse.nixos.org/t/slug/56458
    --teams FILE        team registry as a JSON array (default: the built-in NixOS teams)
${EXPORT_USAGE}
Options:
  -h, --help            show this help

Exit codes: 0 ok, 1 a file could not be imported or exported (one line on stderr), 2 wrong usage.
`;

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: Io) => number> = { parse: runParse };

/** Run the CLI with `argv` (without `node script`); returns the exit code. */
export function main(argv: string[], io: Io): number {
  try {
    // export has value flags of its own (--backup, --meeting …), so it reads its own arguments.
    if (argv[0] === 'export' && !argv.includes('--help') && !argv.includes('-h')) return runExport(argv.slice(1), io);
    const args = parseArgs(argv);
    if (args.flags.help || args.command === undefined || args.command === 'help') {
      io.stdout(USAGE);
      return args.command === undefined && !args.flags.help ? 2 : 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`unknown command "${args.command}"`);
    return command(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof ImportError || e instanceof CliError) {
      io.stderr(`error: ${oneLine(e.message)}\n`);
      return 1;
    }
    io.stderr(`error: ${unexpectedError(e)}\n`);
    if (io.debug) io.stderr(`${e instanceof Error ? e.stack : String(e)}\n`);
    return 1;
  }
}

const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  debug: process.env.STEERING_DEBUG === '1',
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Output piped into `head` closes early: stop quietly (as cat does) instead of an unhandled EPIPE trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`error: cannot write the output (${e.message}).\n`);
    process.exit(e.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 1);
  });
  process.exitCode = main(process.argv.slice(2), nodeIo);
}
