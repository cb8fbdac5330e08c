/**
 * Branded string ids: a TeamId cannot be passed where an ItemId is expected.
 * Ids are opaque strings (UUIDs for user-created records, stable content-derived
 * ids for imported ones so that re-import is idempotent).
 */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type SourceId = Brand<string, 'SourceId'>;
export type ThreadId = Brand<string, 'ThreadId'>;
export type TeamId = Brand<string, 'TeamId'>;
export type UpdateId = Brand<string, 'UpdateId'>;
export type ItemId = Brand<string, 'ItemId'>;
export type TagId = Brand<string, 'TagId'>;
export type DecisionId = Brand<string, 'DecisionId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type MeetingId = Brand<string, 'MeetingId'>;
export type AgendaEntryId = Brand<string, 'AgendaEntryId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type TemplateId = Brand<string, 'TemplateId'>;

/** A random id for records created by a person (crypto.randomUUID exists in browsers, Electron and Node ≥ 19). */
export function newId<T extends string>(): T {
  // shared/ is compiled without DOM or Node types, so name the one global it needs.
  const { crypto } = globalThis as unknown as { crypto: { randomUUID(): string } };
  return crypto.randomUUID() as T;
}
