/** Words the Decisions screens show for the stored vocabularies. */
import type { ActionStatus, Confidentiality, DecisionStatus, Vote } from '../../../shared/model';

export const DECISION_STATUS_LABELS = {
  proposed: 'Proposed',
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  superseded: 'Superseded',
} as const satisfies Record<DecisionStatus, string>;

/** The verb on the button that moves a decision to a status. */
export const STATUS_VERBS = {
  proposed: 'Reopen as proposed',
  approved: 'Approve',
  rejected: 'Reject',
  deferred: 'Defer',
  withdrawn: 'Withdraw',
  superseded: 'Mark superseded…',
} as const satisfies Record<DecisionStatus, string>;

export const VOTE_LABELS = { '+1': '+1', '-1': '−1', abstain: 'Abstain', none: 'No vote' } as const satisfies Record<Vote, string>;

export const CONFIDENTIALITY_LABELS = {
  public: 'Public',
  'sc-internal': 'SC only',
  confidential: 'Confidential until a date',
} as const satisfies Record<Confidentiality, string>;

export const ACTION_STATUS_LABELS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const satisfies Record<ActionStatus, string>;
