/**
 * Every body the built-in export templates have shipped with, oldest first (the last is the
 * current one, from builtin.ts). Append only: when a built-in body changes, its previous
 * body is added here, so that a stored copy holding it is known to be unedited and follows
 * the new built-in (shared/templates/built-in-copies.ts, migration 0004).
 */
import { BUILT_IN_TEMPLATES, type BuiltInTemplateId } from './builtin';

// Version 1 (commit 1ecdd74): before vote logs wrote "*No vote recorded.*" with a
// non-voter's note, the Final Tally's "Not voted" line and the decision log's post links.
const VOTE_LOG_CLASSIC_V1 = `# Vote #{{numberPlain}}: {{title}}
{{#confidentialLabel}}

**{{confidentialLabel}}**: not for publication.
{{/confidentialLabel}}

**Opened:** <{{opened}}>{{#proposerHandle}} by {{proposerHandle}}{{/proposerHandle}} **Closed:** {{#closed}}<{{closed}}>{{/closed}}{{^closed}}—{{/closed}} **Status:** {{statusClassic}}

**Proposal**: {{motion}}

| Member | Vote | Rationale |
|:--------|:-----:|:----------|
{{#votes}}
| {{name}} | {{symbol}} | {{rationale}} |
{{/votes}}
`;

const VOTE_LOG_MODERN_V1 = `# {{number}}: {{title}}
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

{{#options}}
* {{.}}
{{/options}}
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
| **{{name}}** | {{#hasVote}}\`{{code}}\`{{/hasVote}} | {{#isProposer}}*(Proposer)*{{#rationale}} {{/rationale}}{{/isProposer}}{{rationale}}{{^hasVote}}*No vote recorded.*{{/hasVote}} |
{{/votes}}

## Final Tally
* **In Favor (+1):** {{tally.inFavour}}
* **Opposed (-1):** {{tally.opposed}}
* **Abstentions:** {{tally.abstentions}}
`;

const DECISION_LOG_V1 = `# Decision log{{#teamName}}: {{teamName}}{{/teamName}}

{{periodLabel}}{{^isPublic}} Internal: includes confidential decisions.{{/isPublic}}
{{#decisions}}

## {{number}}: {{title}}
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
* {{#team}}{{team}}: {{/team}}{{text}}{{#isConfidential}} _(confidential)_{{/isConfidential}}
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

// Version 2 (commit 1a6a828): those fixes, before member-written Markdown was printed from
// the `…Md` fields.
const VOTE_LOG_CLASSIC_V2 = `# Vote #{{numberPlain}}: {{title}}
{{#confidentialLabel}}

**{{confidentialLabel}}**: not for publication.
{{/confidentialLabel}}

**Opened:** <{{opened}}>{{#proposerHandle}} by {{proposerHandle}}{{/proposerHandle}} **Closed:** {{#closed}}<{{closed}}>{{/closed}}{{^closed}}—{{/closed}} **Status:** {{statusClassic}}

**Proposal**: {{motion}}

| Member | Vote | Rationale |
|:--------|:-----:|:----------|
{{#votes}}
| {{name}} |{{#hasVote}} {{symbol}}{{/hasVote}} |{{^hasVote}} *No vote recorded.*{{/hasVote}}{{#rationale}} {{rationale}}{{/rationale}} |
{{/votes}}
`;

const VOTE_LOG_MODERN_V2 = `# {{number}}: {{title}}
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

{{#options}}
* {{.}}
{{/options}}
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
| **{{name}}** |{{#hasVote}} \`{{code}}\`{{/hasVote}} |{{#isProposer}} *(Proposer)*{{/isProposer}}{{^hasVote}} *No vote recorded.*{{/hasVote}}{{#rationale}} {{rationale}}{{/rationale}} |
{{/votes}}

## Final Tally
* **In Favor (+1):** {{tally.inFavour}}
* **Opposed (-1):** {{tally.opposed}}
* **Abstentions:** {{tally.abstentions}}
{{#tally.hasNotVotedLine}}
* **Not voted:** {{tally.notVoted}}
{{/tally.hasNotVotedLine}}
`;

const DECISION_LOG_V2 = `# Decision log{{#teamName}}: {{teamName}}{{/teamName}}

{{periodLabel}}{{^isPublic}} Internal: includes confidential decisions.{{/isPublic}}
{{#decisions}}

## {{number}}: {{title}}
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

/** The older bodies followed by the current one, unless the current one is the last of them. */
function withCurrent(older: readonly [string, ...string[]], current: string): readonly [string, ...string[]] {
  return older[older.length - 1] === current ? older : [...older, current];
}

/** The shipped bodies of each built-in export template, oldest first; the last is the current body. */
export const SHIPPED_EXPORT_BODIES: Readonly<Record<BuiltInTemplateId, readonly [string, ...string[]]>> = {
  'vote-log-classic': withCurrent([VOTE_LOG_CLASSIC_V1, VOTE_LOG_CLASSIC_V2], BUILT_IN_TEMPLATES['vote-log-classic'].body),
  'vote-log-modern': withCurrent([VOTE_LOG_MODERN_V1, VOTE_LOG_MODERN_V2], BUILT_IN_TEMPLATES['vote-log-modern'].body),
  'decision-log': withCurrent([DECISION_LOG_V1, DECISION_LOG_V2], BUILT_IN_TEMPLATES['decision-log'].body),
};
