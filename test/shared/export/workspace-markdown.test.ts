import { describe, expect, it } from 'vitest';
import { exportWorkspaceMarkdown, type WorkspaceRows } from '../../../shared/export/workspace-markdown';
import { ipcRequestSchemas } from '../../../shared/ipc/contract';
import { sampleTables } from '../backup/helpers';

const TODAY = '2026-11-26';
const rows = () => sampleTables();
const fileOf = (files: { path: string; body: string }[], path: string) => files.find((f) => f.path === path)?.body ?? '';

describe('exportWorkspaceMarkdown', () => {
  it('writes an index, a file per team, per decision and per meeting, the decision log and the actions', () => {
    const paths = exportWorkspaceMarkdown(rows(), { today: TODAY }).map((f) => f.path);
    expect(paths).toEqual([
      'README.md',
      'teams/documentation-team.md',
      'teams/infrastructure-team.md',
      'decisions/0031-fund-the-docs-sprint.md',
      'decision-log.md',
      'meetings/undated-docs-team-sync.md',
      'actions.md',
    ]);
  });

  it('links every other file from the index', () => {
    const files = exportWorkspaceMarkdown(rows(), { today: TODAY });
    const readme = fileOf(files, 'README.md');
    for (const { path } of files.slice(1)) expect(readme).toContain(`](${path})`);
  });

  it('puts each team’s updates with their items, notes and decisions in the team file', () => {
    const body = fileOf(exportWorkspaceMarkdown(rows(), { today: TODAY }), 'teams/documentation-team.md');
    expect(body).toMatch(/^# Documentation team\n/);
    // The author as text: the archive pings nobody (issue 13).
    expect(body).toContain('## Update by fricklerhandwerk on 2026-11-19');
    expect(body).toContain('We need a budget decision.');
    expect(body).toContain('Decision #31: Fund the docs sprint (approved)');
    expect(body).toContain('> \\## Status');
  });

  it('produces paths the desktop folder export accepts', () => {
    const tables = rows();
    tables.teams.push({ ...tables.teams[0]!, id: 'team-x' as never, name: '../../etc/passwd' });
    tables.teams.push({ ...tables.teams[0]!, id: 'team-y' as never, name: 'Documentation team' });
    const files = exportWorkspaceMarkdown(tables, { today: TODAY });
    const parsed = ipcRequestSchemas['export:save-folder'].safeParse({ suggestedName: 'steering-desk-export', files });
    expect(parsed.success).toBe(true);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    expect(files.map((f) => f.path)).toContain('teams/documentation-team-2.md');
  });

  it('keeps hostile titles and posts as text', () => {
    const tables = rows();
    tables.teams[0] = { ...tables.teams[0]!, name: '# <script>alert(1)</script>' };
    tables.updates[0] = { ...tables.updates[0]!, raw: '<img src=x onerror=alert(1)>\n[click](javascript:alert(1))' };
    const files = exportWorkspaceMarkdown(tables, { today: TODAY });
    const team = files.find((f) => f.path.startsWith('teams/') && f.body.includes('script'))!;
    expect(team.body).toMatch(/^# \\# \\<script\\>/);
    expect(team.body).not.toMatch(/(^|[^\\])<img/);
    expect(team.body).not.toMatch(/(^|[^\\])\[click\]/);
  });

  it('marks confidential records in the default, internal export', () => {
    const tables = rows();
    tables.decisions[0] = { ...tables.decisions[0]!, confidentiality: 'confidential' };
    tables.items[0] = { ...tables.items[0]!, confidential: true };
    const files = exportWorkspaceMarkdown(tables, { today: TODAY });
    expect(files.map((f) => f.path)).toContain('decisions/0031-fund-the-docs-sprint.md');
    expect(fileOf(files, 'teams/documentation-team.md')).toContain('We need a budget decision. _(confidential)_');
  });

  it('leaves confidential records out of a public export and says how many', () => {
    const tables = rows();
    tables.decisions[0] = { ...tables.decisions[0]!, confidentiality: 'confidential' };
    tables.items[0] = { ...tables.items[0]!, confidential: true };
    const files = exportWorkspaceMarkdown(tables, { today: TODAY, audience: 'public' });
    expect(files.some((f) => f.path.startsWith('decisions/'))).toBe(false);
    expect(files.map((f) => f.body).join('\n')).not.toContain('We need a budget decision');
    expect(fileOf(files, 'README.md')).toContain('_1 confidential decision withheld._');
    expect(fileOf(files, 'teams/documentation-team.md')).toContain('_1 confidential item withheld._');
  });

  it('writes minutes for a held meeting and an agenda for a planned one', () => {
    const planned = fileOf(exportWorkspaceMarkdown(rows(), { today: TODAY }), 'meetings/undated-docs-team-sync.md');
    // The entry links an ask: like the app's own agenda export, it shows the ask as it is now, with its post.
    expect(planned).toContain('- We need a budget decision ([post #2](https://discourse.nixos.org/t/sc-team-updates/56458/2))');
    const tables = rows();
    tables.meetings[0] = { ...tables.meetings[0]!, status: 'held', startsAt: '2026-11-25T15:00:00.000Z' };
    tables.agendaEntries[0] = { ...tables.agendaEntries[0]!, minutes: 'Agreed to fund it.', conclusion: 'Funded' };
    const held = exportWorkspaceMarkdown(tables, { today: TODAY }).find((f) => f.path.startsWith('meetings/'))!;
    expect(held.path).toBe('meetings/2026-11-25-docs-team-sync.md');
    expect(held.body).toContain('  - Agreed to fund it.');
    expect(held.body).toContain('  - Conclusion: Funded');
  });

  it('gives the same files for the same rows', () => {
    expect(exportWorkspaceMarkdown(rows(), { today: TODAY })).toEqual(exportWorkspaceMarkdown(rows(), { today: TODAY }));
  });

  it('exports an empty workspace as an index that says so', () => {
    const empty = Object.fromEntries(Object.keys(rows()).map((k) => [k, []])) as unknown as WorkspaceRows;
    const files = exportWorkspaceMarkdown(empty, { today: TODAY });
    expect(files.map((f) => f.path)).toEqual(['README.md', 'decision-log.md', 'actions.md']);
    expect(fileOf(files, 'README.md')).toContain('Holds 0 teams');
  });
});
