/**
 * Stored copies of built-in templates follow the built-in until the member edits them
 * (issue 13). Workspaces store built-in meeting templates from the start, and a built-in
 * export template once it is edited or reset; when a built-in body improves, a copy the
 * member never edited must not keep the old body, and a copy they edited must keep their
 * text and say that a newer built-in exists.
 *
 * The rule, one for migration 0004 (stored copies upgraded once) and the repos (on open,
 * on read, on save): a copy whose body is one of the bodies its built-in has shipped with
 * is unedited, and follows the current one. Any other body is the member's own; it records
 * in `builtInVersion` the built-in version it was edited from (or kept over, "Keep mine"),
 * so "a newer built-in version is available" shows exactly until the member chooses.
 * Copies stored before this rule have no `builtInVersion`: their edits started from the
 * first shipped version.
 */
import { SHIPPED_EXPORT_BODIES } from '../export/templates/builtin-history';
import { SHIPPED_MEETING_BODIES } from '../meetings/templates';

/** The bodies a built-in template has shipped with, oldest first; the last is the current body. */
export type ShippedBodies = readonly [string, ...string[]];

/** What the rule reads of a stored template. */
export type StoredCopy = { id: string; body: string; isBuiltIn?: boolean; builtInVersion?: number };

/** What a stored copy of a built-in is, against the built-in's shipped bodies. */
export type CopyState =
  /** Holds the current built-in body. */
  | { kind: 'current'; version: number }
  /** Holds an older shipped body, never edited: it follows the built-in. */
  | { kind: 'unedited'; version: number; current: number }
  /** The member's own text, edited from built-in version `basedOn`. */
  | { kind: 'edited'; basedOn: number; current: number; hasNewer: boolean };

/** The shipped bodies of the built-in template `id` (meeting or export), or undefined for a member's own template. */
export function shippedBodiesOf(id: string): ShippedBodies | undefined {
  return (SHIPPED_MEETING_BODIES as Record<string, ShippedBodies>)[id] ?? (SHIPPED_EXPORT_BODIES as Record<string, ShippedBodies>)[id];
}

/** The current body of the built-in template `id`, or undefined for a member's own template. */
export function currentBuiltInBody(id: string): string | undefined {
  return shippedBodiesOf(id)?.at(-1);
}

/** The state of a stored copy with `body` and `builtInVersion` against `shipped` (the rule in the module comment). */
export function copyState(copy: Pick<StoredCopy, 'body' | 'builtInVersion'>, shipped: ShippedBodies): CopyState {
  const current = shipped.length;
  if (copy.body === shipped[current - 1]) return { kind: 'current', version: current };
  const at = shipped.lastIndexOf(copy.body);
  if (at >= 0) return { kind: 'unedited', version: at + 1, current };
  const basedOn = Math.min(Math.max(1, Math.trunc(copy.builtInVersion ?? 1)), current);
  return { kind: 'edited', basedOn, current, hasNewer: basedOn < current };
}

/** The state of a stored template against its built-in; undefined when it is not a copy of a built-in. */
export function builtInCopyState(row: StoredCopy): CopyState | undefined {
  const shipped = row.isBuiltIn === false ? undefined : shippedBodiesOf(row.id);
  return shipped ? copyState(row, shipped) : undefined;
}

/**
 * The row as it should be stored: an unedited copy of an older built-in gets the current
 * body; anything else is returned as it is (the same object), so callers write only what changed.
 */
export function followBuiltIn<T extends StoredCopy>(row: T): T {
  const state = builtInCopyState(row);
  return state?.kind === 'unedited' ? { ...row, body: currentBuiltInBody(row.id)! } : row;
}

/** The current built-in body when `row` is the member's edit of an older built-in version ("a newer built-in version is available"). */
export function newerBuiltInBody(row: StoredCopy): string | undefined {
  const state = builtInCopyState(row);
  return state?.kind === 'edited' && state.hasNewer ? currentBuiltInBody(row.id) : undefined;
}

/**
 * The `builtInVersion` a copy records when the member saves `nextBody` over `before`: the
 * built-in version their text starts from — the current one when they edit the current
 * built-in, else what the copy already recorded. Undefined when the saved body is a shipped
 * one (the copy then follows the built-in again) or the template is not a built-in.
 */
export function versionOnSave(before: StoredCopy, nextBody: string): number | undefined {
  const shipped = before.isBuiltIn === false ? undefined : shippedBodiesOf(before.id);
  if (!shipped || shipped.includes(nextBody)) return undefined;
  const state = copyState(before, shipped);
  return state.kind === 'edited' ? state.basedOn : state.version;
}
