/**
 * A readable per-team summary of asks and blockers in Markdown (the CLI's `--format md`).
 * All text from posts goes through the export escapers, so a post cannot change the
 * summary's structure (SECURITY.md check 29).
 */
import { safeLinkTarget } from '../export/escape';
import { teamInline } from '../export/team-text';
import type { ParsedUpdate, ParseResult } from './types';
import { groupBy } from '../collections/group-by';

function teamName(u: ParsedUpdate): string {
  if (!u.team) return 'Unknown team';
  return u.team.isNew ? `${u.team.name} (proposed new team)` : u.team.name;
}

function source(u: ParsedUpdate): string {
  const label = u.postNumber !== undefined ? `post #${u.postNumber}` : teamInline(u.fileName);
  // The author by name: a summary the SC shares should not ping everyone who posted.
  const by = u.author !== 'unknown' ? ` by ${teamInline(u.author)}` : '';
  const target = u.url ? safeLinkTarget(u.url) : null;
  return target ? `[${label}](${target})${by}` : `${label}${by}`;
}

/** Render the asks and blockers of every team update, grouped by team. */
export function formatSummary(result: ParseResult): string {
  const out: string[] = [];
  for (const thread of result.threads) {
    out.push(`# ${teamInline(thread.title)}`, '');
    const updates = result.updates.filter((u) => u.threadKey === thread.key && u.isTeamUpdate);
    const byTeam = groupBy(updates, teamName);
    for (const [team, list] of byTeam) {
      out.push(`## ${teamInline(team)}`, '');
      for (const u of list) {
        out.push(`Source: ${source(u)}`, '');
        const asks = u.items.filter((i) => i.isAsk);
        const blockers = u.items.filter((i) => i.kind === 'blocker');
        out.push('### Asks', '');
        out.push(...(asks.length ? asks.map((i) => `- **${i.askType ?? 'ask'}**: ${teamInline(i.text)}${i.entities.dates.length ? ` (dates: ${i.entities.dates.join(', ')})` : ''}`) : ['- none found']), '');
        out.push('### Blockers', '');
        out.push(...(blockers.length ? blockers.map((i) => `- ${teamInline(i.text)}`) : ['- none found']), '');
      }
    }
  }
  if (result.warnings.length) {
    out.push('## Warnings', '', ...result.warnings.map((w) => `- ${teamInline(w.message)}`), '');
  }
  return out.join('\n');
}
