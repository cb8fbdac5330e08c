/**
 * `parse <files…>`: run the import pipeline (shared/parse) on files, without a database, and
 * print JSON or, with `--format md`, a per-team Markdown summary of asks and blockers.
 */
import { DEFAULT_TEAMS, formatSummary, ImportError, parseFiles, type ParseResult } from '../../shared/parse';
import { UsageError, type Args } from '../args';
import type { Io } from '../io';
import { readTeamsFile } from './teams-file';

/** The JSON the CLI prints: the documented subset of each update (no raw text, spans or entities). */
export function toCliJson(result: ParseResult): unknown {
  return {
    threads: result.threads,
    updates: result.updates.map((u) => ({
      key: u.key, postId: u.postId, postNumber: u.postNumber, author: u.author, postedAt: u.postedAt, url: u.url,
      team: u.team, isTeamUpdate: u.isTeamUpdate,
      sections: u.sections.map(({ kind, heading, text }) => ({ kind, heading, text })),
      items: u.items.map(({ kind, text, isAsk, askType }) => ({ kind, text, isAsk, askType })),
    })),
    warnings: result.warnings,
  };
}

/** Run `parse`; returns the exit code. */
export function runParse(args: Args, io: Io): number {
  const format = args.flags.format ?? 'json';
  if (format !== 'json' && format !== 'md') throw new UsageError(`--format must be json or md, not ${String(format)}`);
  if (args.positionals.length === 0) throw new UsageError('parse needs at least one file');
  const teams = typeof args.flags.teams === 'string' ? readTeamsFile(args.flags.teams, io) : DEFAULT_TEAMS;
  const baseUrl = typeof args.flags['base-url'] === 'string' ? args.flags['base-url'] : undefined;
  const files = args.positionals.map((path) => {
    try {
      return { name: path, bytes: io.readFile(path) };
    } catch (e) {
      throw new ImportError('empty', path, `cannot be read (${e instanceof Error ? e.message : String(e)}).`);
    }
  });
  const topicUrl = typeof args.flags['topic-url'] === 'string' ? args.flags['topic-url'] : undefined;
  const result = parseFiles(files, { teams, ...(baseUrl === undefined ? {} : { baseUrl }), ...(topicUrl === undefined ? {} : { topicUrl }) });
  io.stdout(format === 'md' ? formatSummary(result) + '\n' : JSON.stringify(toCliJson(result), null, 2) + '\n');
  for (const w of result.warnings) io.stderr(`warning: ${w.message}\n`);
  return 0;
}
