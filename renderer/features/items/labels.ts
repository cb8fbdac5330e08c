/** Plain-language labels of the item vocabularies, for pickers, filters and badges. */
import type { AskType, ItemKind, Priority } from '../../../shared/model';

export const KIND_LABELS = {
  status: 'Status',
  people: 'People',
  blocker: 'Blocker',
  upcoming: 'Upcoming',
  budget: 'Budget request',
  request: 'Request',
  other: 'Other',
} as const satisfies Record<ItemKind, string>;

export const ASK_TYPE_LABELS = {
  approval: 'Approval',
  access: 'Access',
  budget: 'Budget',
  people: 'People',
  process: 'Process',
  information: 'Information',
} as const satisfies Record<AskType, string>;

export const PRIORITY_LABELS = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' } as const satisfies Record<Priority, string>;

/** Initials shown for an SC member in the compact list rows. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
