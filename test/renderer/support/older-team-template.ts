/**
 * An older shipped body of the built-in team meeting template, for tests of the "follow the
 * built-in" rule on meeting templates (issue 13). No meeting built-in has changed since it
 * first shipped, so tests that need one that did mock shared/meetings/templates with
 * `withOlderTeamTemplate`: the team template then counts as shipped twice, first without
 * its Budget section. Read the older body back with `olderTeamTemplate()`.
 *
 * This file imports nothing from the mocked module (a mock factory must not wait on itself).
 */
type TemplatesModule = {
  TEAM_MEETING_TEMPLATE: string;
  BUILT_IN_TEMPLATE_IDS: { team: string };
  SHIPPED_MEETING_BODIES: Readonly<Record<string, readonly [string, ...string[]]>>;
};

/** The module's exports with the team template's older body in front of the current one. */
export function withOlderTeamTemplate<T extends TemplatesModule>(actual: T): T {
  const older = actual.TEAM_MEETING_TEMPLATE.replace('## Budget (5 min)\n> Budget requests and expectations\n\n', '');
  return { ...actual, SHIPPED_MEETING_BODIES: { ...actual.SHIPPED_MEETING_BODIES, [actual.BUILT_IN_TEMPLATE_IDS.team]: [older, actual.TEAM_MEETING_TEMPLATE] } };
}

/** The older body, from the (mocked) module. */
export const olderTeamTemplate = (mocked: TemplatesModule): string => mocked.SHIPPED_MEETING_BODIES[mocked.BUILT_IN_TEMPLATE_IDS.team]![0];
