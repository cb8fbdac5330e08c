/**
 * `parse --teams FILE`: the team registry as a JSON array. A bad file is refused in words
 * naming the file and the entry (issue 20: an unreadable or misshapen file printed a stack
 * trace); missing lists (aliases, group handles, members) are read as empty.
 */
import { z } from 'zod';
import { issueInWords } from '../../shared/errors/zod-words';
import type { TeamRegistryEntry } from '../../shared/parse';
import { CliError } from '../errors';
import type { Io } from '../io';

const names = z.array(z.string().max(300)).max(1000).default(() => []);
const entry = z.object({
  key: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
  aliases: names,
  groupHandles: names,
  members: names,
});
const registry = z.array(entry).max(10_000);

/** The registry in `path`, or a CliError saying what is wrong with it. */
export function readTeamsFile(path: string, io: Io): TeamRegistryEntry[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(io.readFile(path));
  } catch (e) {
    throw new CliError(`--teams ${path}: cannot be read as a UTF-8 text file (${e instanceof Error ? e.message : String(e)}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(`--teams ${path}: the file is not valid JSON; it should be a list of teams, each with a key and a name.`);
  }
  const result = registry.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = typeof issue?.path[0] === 'number' ? `, team ${issue.path[0] + 1}` : '';
  const problem = issue ? issueInWords({ ...issue, path: issue.path.slice(at ? 1 : 0) }, at ? (data as unknown[])[issue.path[0] as number] : data) : 'it is not valid';
  throw new CliError(`--teams ${path}${at}: ${problem}; the file should be a list of teams, each with a key and a name.`);
}
