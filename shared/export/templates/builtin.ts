/**
 * The built-in export templates (issue 5). They reproduce the two layouts the NixOS SC has
 * used for its vote logs (test/fixtures/reference/vote-logs/0018-… and 0030-…) and a
 * decision log for a period or team. SC members can copy and edit them; only fields ending
 * in `Md` may be printed with triple braces (see render.ts). What SC members typed — title,
 * motion, options, rationales — is printed from its `…Md` field, so that its Markdown
 * (links, emphasis, code, lists) comes out as typed (issue 13).
 */

/**
 * Older layout (vote 0018): one Opened/Closed/Status line and a Member | Vote | Rationale table.
 * Table cells put a space before each part they print, so an empty cell is `| |` as the SC
 * writes it; a member who did not vote is "*No vote recorded.*" plus any note ("Not present").
 */
export const VOTE_LOG_CLASSIC = `# Vote #{{numberPlain}}: {{{titleMd}}}
{{#confidentialLabel}}

**{{confidentialLabel}}**: not for publication.
{{/confidentialLabel}}

**Opened:** <{{opened}}>{{#proposerHandle}} by {{proposerHandle}}{{/proposerHandle}} **Closed:** {{#closed}}<{{closed}}>{{/closed}}{{^closed}}—{{/closed}} **Status:** {{statusClassic}}

**Proposal**: {{{motionMd}}}

| Member | Vote | Rationale |
|:--------|:-----:|:----------|
{{#votes}}
| {{name}} |{{#hasVote}} {{symbol}}{{/hasVote}} |{{^hasVote}} *No vote recorded.*{{/hasVote}}{{#rationaleMd}} {{{rationaleMd}}}{{/rationaleMd}} |
{{/votes}}
`;

/**
 * Newer layout (vote 0030): Context, Motion, Vote Outcome and Final Tally sections. The
 * Final Tally's Abstentions / Not voted lines follow the rule documented at TallyView.
 */
export const VOTE_LOG_MODERN = `# {{number}}: {{{titleMd}}}
{{#confidentialLabel}}

**{{confidentialLabel}}**: not for publication.
{{/confidentialLabel}}

## Context

{{{contextMd}}}
{{#proposerName}}

**Proposed By:** {{proposerName}}
{{/proposerName}}

## Motion
{{{motionQuoteMd}}}
{{#hasOptions}}

Options considered:

{{{optionsMd}}}
{{/hasOptions}}

{{venueLine}}

## Vote Outcome
**Status:** {{statusLabel}}{{#venueNote}} — {{venueNote}}{{/venueNote}}.
{{#supersededBy}}

Superseded by {{supersededBy}}.
{{/supersededBy}}

| Committee Member | Vote | Rationale |
| :--- | :---: | :--- |
{{#votes}}
| **{{name}}** |{{#hasVote}} \`{{code}}\`{{/hasVote}} |{{#isProposer}} *(Proposer)*{{/isProposer}}{{^hasVote}} *No vote recorded.*{{/hasVote}}{{#rationaleMd}} {{{rationaleMd}}}{{/rationaleMd}} |
{{/votes}}

## Final Tally
* **In Favor (+1):** {{tally.inFavour}}
* **Opposed (-1):** {{tally.opposed}}
* **Abstentions:** {{tally.abstentions}}
{{#tally.hasNotVotedLine}}
* **Not voted:** {{tally.notVoted}}
{{/tally.hasNotVotedLine}}
`;

/** All decisions of a period or team in one document, with the withheld line of a public export. */
export const DECISION_LOG = `# Decision log{{#teamName}}: {{teamName}}{{/teamName}}

{{periodLabel}}{{^isPublic}} Internal: includes confidential decisions.{{/isPublic}}
{{#decisions}}

## {{number}}: {{{titleMd}}}
{{#confidentialLabel}}

**{{confidentialLabel}}**: not for publication.
{{/confidentialLabel}}

* **Status:** {{statusLabel}}{{#supersededBy}} (by {{supersededBy}}){{/supersededBy}}
* **Decided on:** {{#decidedOn}}{{decidedOn}}{{/decidedOn}}{{^decidedOn}}—{{/decidedOn}}
* **Where:** {{venue}}
{{#teams}}
* **Teams:** {{teams}}
{{/teams}}
* **Tally:** +1: {{tally.inFavour}}, -1: {{tally.opposed}}, abstain: {{tally.abstain}}, no vote: {{tally.noVote}}
{{#reviewOn}}
* **Review on:** {{reviewOn}}
{{/reviewOn}}

**Motion**

{{{motionQuoteMd}}}
{{#hasRationale}}

**Rationale**

{{{rationaleMd}}}
{{/hasRationale}}
{{#hasAsks}}

**Linked asks**

{{#asks}}
* {{#team}}{{team}}: {{/team}}{{text}}{{#linkMd}} ({{{linkMd}}}){{/linkMd}}{{#isConfidential}} _(confidential)_{{/isConfidential}}
{{/asks}}
{{/hasAsks}}
{{#withheldAsksMd}}

{{{withheldAsksMd}}}
{{/withheldAsksMd}}
{{/decisions}}
{{^hasDecisions}}

_No decisions in this period._
{{/hasDecisions}}
{{#withheldMd}}

{{{withheldMd}}}
{{/withheldMd}}
`;

/** Ids of the built-in export templates. */
export type BuiltInTemplateId = 'vote-log-classic' | 'vote-log-modern' | 'decision-log';

/** The built-in export templates by id, with a name for the template picker. */
export const BUILT_IN_TEMPLATES = {
  'vote-log-classic': { name: 'Vote log (classic: Opened/Closed/Status)', body: VOTE_LOG_CLASSIC },
  'vote-log-modern': { name: 'Vote log (Context / Motion / Vote Outcome / Final Tally)', body: VOTE_LOG_MODERN },
  'decision-log': { name: 'Decision log', body: DECISION_LOG },
} as const satisfies Record<BuiltInTemplateId, { name: string; body: string }>;
