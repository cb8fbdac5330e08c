/**
 * Editable export templates (issue 5), stored in the `templates` table with kind `export`.
 * The built-ins (shared/export/templates/builtin.ts) are listed even before they are stored;
 * the first edit stores one, and "reset" puts the current built-in body back. A stored copy
 * the member never edited follows the built-in when it improves, and an edited one keeps
 * the member's text and can take the newer built-in or keep theirs (issue 13,
 * shared/templates/built-in-copies.ts). A body is only saved when validateTemplate accepts
 * it, so an export can never meet a broken template.
 *
 * Each export template records what it lays out in the extra field `target` (rows are
 * loose, see shared/model/rows.ts): a vote log of one decision, or a decision log.
 */
import { BUILT_IN_TEMPLATES, type BuiltInTemplateId } from '../../../shared/export/templates/builtin';
import { validateTemplate } from '../../../shared/export/templates/render';
import { newId, templateRow, type TemplateId, type TemplateRow } from '../../../shared/model';
import { builtInCopyState, followBuiltIn, versionOnSave } from '../../../shared/templates/built-in-copies';
import { db } from '../instance';
import { changeRecord, currentActor } from './history-repo';
import { DecisionInputError } from './decisions-repo';

export type ExportTarget = 'vote-log' | 'decision-log';
export type ExportTemplate = TemplateRow & { target: ExportTarget };

const TARGET_OF_BUILT_IN = {
  'vote-log-classic': 'vote-log',
  'vote-log-modern': 'vote-log',
  'decision-log': 'decision-log',
} as const satisfies Record<BuiltInTemplateId, ExportTarget>;

const BUILT_IN_IDS = Object.keys(TARGET_OF_BUILT_IN) as BuiltInTemplateId[];
const isBuiltInId = (id: string): id is BuiltInTemplateId => (BUILT_IN_IDS as string[]).includes(id);

/** The stored row of a built-in template with its current body. */
export function builtInTemplate(id: BuiltInTemplateId): ExportTemplate {
  const t = BUILT_IN_TEMPLATES[id];
  return { id: id as TemplateId, kind: 'export', name: t.name, body: t.body, isBuiltIn: true, target: TARGET_OF_BUILT_IN[id], updatedAt: '1970-01-01T00:00:00.000Z' };
}

function asExportTemplate(row: TemplateRow): ExportTemplate | null {
  const target = row.target;
  if (target === 'vote-log' || target === 'decision-log') return { ...row, target };
  const id: string = row.id;
  return isBuiltInId(id) ? { ...row, target: TARGET_OF_BUILT_IN[id] } : null;
}

/**
 * Export templates: the built-ins (stored or not) first, then the members' copies by name.
 * A stored built-in the member never edited reads as the current built-in (migration 0004
 * stored that once; a built-in improved later is followed here without a write).
 */
export async function listExportTemplates(): Promise<ExportTemplate[]> {
  const rows = await db.templates.where('kind').equals('export').toArray();
  const stored = rows.map((row) => asExportTemplate(followBuiltIn(row))).filter((t): t is ExportTemplate => t !== null);
  const builtIns = BUILT_IN_IDS.map((id) => stored.find((t) => t.id === id) ?? builtInTemplate(id));
  const copies = stored.filter((t) => !isBuiltInId(t.id)).sort((a, b) => a.name.localeCompare(b.name));
  return [...builtIns, ...copies];
}

function checkBody(body: string, name: string): void {
  const problem = validateTemplate(body, name);
  if (problem) throw new DecisionInputError('invalid-template', problem.message);
}

/** Stores a built-in the first time it is edited, so that the edit has a record (and history) to change. */
async function ensureStored(id: TemplateId): Promise<void> {
  if (isBuiltInId(id) && !(await db.templates.get(id))) await db.templates.add(builtInTemplate(id));
}

/** Saves an edited body (and name); refused with the problem's line when the template is invalid. */
export async function saveExportTemplate(id: TemplateId, edit: { body: string; name?: string }, actor?: string): Promise<void> {
  const by = actor ?? (await currentActor());
  await db.transaction('rw', [db.templates, db.history], async () => {
    await ensureStored(id);
    const current = await db.templates.get(id);
    const name = edit.name?.trim() || current?.name || id;
    checkBody(edit.body, name);
    await changeRecord<TemplateRow>(
      {
        table: 'templates',
        id,
        patch: (c) => {
          if (c.body === edit.body && c.name === name) return null;
          // The built-in version the member's text starts from, for "a newer built-in version is available".
          const version = versionOnSave(c, edit.body);
          return { body: edit.body, name, updatedAt: new Date().toISOString(), ...(version !== undefined && version !== c.builtInVersion ? { builtInVersion: version } : {}) };
        },
        summary: (c) => `edited template “${c.name}”`,
        validate: (row) => templateRow.parse(row),
      },
      by,
    );
  });
}

/** Puts a built-in template's current body back ("Reset to built-in", "Use the new built-in"); undoable like any edit. */
export async function resetBuiltInTemplate(id: TemplateId, actor?: string): Promise<void> {
  if (!isBuiltInId(id)) throw new DecisionInputError('built-in-template', 'Only the built-in templates can be reset; delete a copy instead.');
  const original = builtInTemplate(id);
  await saveExportTemplate(id, { body: original.body, name: original.name }, actor);
}

/**
 * "Keep mine": the member keeps their edit of a built-in over its newer version; the notice
 * goes until the built-in changes again. Undoable like any edit.
 */
export async function keepMyExportTemplate(id: TemplateId, actor?: string): Promise<void> {
  await changeRecord<TemplateRow>(
    {
      table: 'templates',
      id,
      patch: (c) => {
        const state = builtInCopyState(c);
        if (state?.kind !== 'edited' || !state.hasNewer) return null;
        return { builtInVersion: state.current, updatedAt: new Date().toISOString() };
      },
      summary: (c) => `kept “${c.name}” as edited over the newer built-in version`,
    },
    actor ?? (await currentActor()),
  );
}

/** A new editable copy of a template under `name`. */
export async function copyExportTemplate(from: ExportTemplate, name: string, actor?: string): Promise<ExportTemplate> {
  const by = actor ?? (await currentActor());
  const clean = name.trim();
  if (!clean) throw new DecisionInputError('invalid-field', 'Give the copy a name.');
  checkBody(from.body, clean);
  const at = new Date().toISOString();
  const copy: ExportTemplate = { id: newId<TemplateId>(), kind: 'export', name: clean, body: from.body, isBuiltIn: false, target: from.target, updatedAt: at };
  await db.transaction('rw', [db.templates, db.history], async () => {
    await db.templates.add(copy);
    await db.history.add({ id: newId(), table: 'templates', recordId: copy.id, at, by, summary: `copied template “${from.name}” as “${clean}”` });
  });
  return copy;
}

/** Deletes a copy; built-ins cannot be deleted (reset them instead). */
export async function deleteExportTemplate(id: TemplateId): Promise<void> {
  if (isBuiltInId(id)) throw new DecisionInputError('built-in-template', 'Built-in templates cannot be deleted; reset them instead.');
  await db.templates.delete(id);
}
