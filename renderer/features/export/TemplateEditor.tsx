/**
 * The export template editor (issue 5): edit a template's Markdown with a live preview on a
 * real decision (or a sample), see the line of any problem, reset a built-in, copy or delete
 * a copy. Reusable by the meetings screens: it edits any `export` template.
 */
import { useState } from 'react';
import { MarkdownPreview } from '../../components/MarkdownPreview';
import { buildDecisionLogView } from '../../../shared/export/decision-log';
import { previewTemplate } from '../../../shared/export/templates/render';
import { buildVoteLogView } from '../../../shared/export/vote-log-view';
import type { TemplateId } from '../../../shared/model';
import { useDecisionLookups, useDecisions } from '../../db/hooks/decisions';
import { useExportTemplates } from '../../db/hooks/templates';
import { newerBuiltInBody } from '../../../shared/templates/built-in-copies';
import { BuiltInUpdateNotice, ReplacedByBuiltInNotice } from '../../components/BuiltInUpdateNotice';
import { copyExportTemplate, deleteExportTemplate, keepMyExportTemplate, resetBuiltInTemplate, saveExportTemplate, type ExportTemplate } from '../../db/repos/templates-repo';
import { runAction } from '../../lib/run-action';
import { useSelectedDecisionId } from '../../store';
import { localToday } from '../decisions/time';
import { exportContext } from './build-export';
import { sampleDecision } from './sample-decision';

/** The member's text that "Use the new built-in" replaced, per template, so that it can be put back. */
type Replaced = { id: string; body: string };

function Editor({ template, replaced, onReplaced }: { template: ExportTemplate; replaced: Replaced | undefined; onReplaced: (r: Replaced | undefined) => void }) {
  const decisions = useDecisions();
  const lookups = useDecisionLookups();
  const selectedId = useSelectedDecisionId();
  const [body, setBody] = useState(template.body);
  const [copyName, setCopyName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!decisions || !lookups) return <p className="muted">Loading…</p>;

  const today = localToday();
  const ctx = exportContext(lookups, decisions, today);
  const sample = decisions.find((d) => d.id === selectedId) ?? decisions[0] ?? sampleDecision(lookups.members, today);
  const view = template.target === 'vote-log' ? buildVoteLogView(sample, ctx) : buildDecisionLogView(decisions.length ? decisions : [sample], ctx);
  const preview = previewTemplate(body, view, template.name);
  const isDirty = body !== template.body;
  const newer = template.isBuiltIn ? newerBuiltInBody(template) : undefined;
  const takeBuiltIn = async () => {
    const before = { id: template.id, body: template.body };
    const failure = await runAction(() => resetBuiltInTemplate(template.id), { success: 'Template now uses the new built-in text.' });
    setMessage(failure);
    if (failure === null) onReplaced(before);
  };
  const putBack = async () => {
    if (!replaced) return;
    const failure = await runAction(() => saveExportTemplate(template.id, { body: replaced.body }), { success: 'Your version is back.' });
    setMessage(failure);
    if (failure === null) onReplaced(undefined);
  };

  return (
    <div className="template-editor">
      <div className="template-source">
        {replaced?.id === template.id ? <ReplacedByBuiltInNotice onPutBack={() => void putBack()} onDismiss={() => onReplaced(undefined)} /> : null}
        {newer !== undefined && replaced?.id !== template.id ? (
          <BuiltInUpdateNotice templateName={template.name} newBody={newer} onUse={() => void takeBuiltIn()}
            onKeep={async () => setMessage(await runAction(() => keepMyExportTemplate(template.id), { success: 'Kept your version.' }))} />
        ) : null}
        <label className="field">
          <span>Template “{template.name}”</span>
          <textarea className="code" value={body} onChange={(e) => setBody(e.target.value)} spellCheck={false} aria-invalid={preview.ok ? undefined : true} aria-describedby="template-problem" />
        </label>
        <p id="template-problem" className={preview.ok ? 'muted' : 'field-error'} role={preview.ok ? undefined : 'alert'}>
          {preview.ok ? 'Values in {{double braces}} are escaped; only fields ending in “Md” may use {{{triple braces}}}.' : `Line ${preview.error.line}, column ${preview.error.column}: ${preview.error.message}`}
        </p>
        {message ? (
          <p className="field-error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button primary" disabled={!isDirty || !preview.ok} onClick={async () => setMessage(await runAction(() => saveExportTemplate(template.id, { body }), { success: 'Template saved.' }))}>
            Save template
          </button>
          {isDirty ? (
            <button type="button" className="button" onClick={() => setBody(template.body)}>
              Discard changes
            </button>
          ) : null}
          {template.isBuiltIn ? (
            <button type="button" className="button" onClick={async () => setMessage(await runAction(() => resetBuiltInTemplate(template.id), { success: 'Template reset to the original.' }))}>
              Reset to original
            </button>
          ) : (
            <button type="button" className="button danger" onClick={async () => setMessage(await runAction(() => deleteExportTemplate(template.id), { success: 'Template deleted.' }))}>
              Delete this copy
            </button>
          )}
        </div>
        <div className="inline-form">
          <label className="field">
            <span>Name of a copy</span>
            <input value={copyName} onChange={(e) => setCopyName(e.target.value)} placeholder={`${template.name} (ours)`} />
          </label>
          <button type="button" className="button" onClick={async () => setMessage(await runAction(() => copyExportTemplate({ ...template, body }, copyName || `${template.name} (copy)`), { success: 'Copy made.' }))}>
            Make a copy
          </button>
        </div>
      </div>
      <section className="template-preview" aria-labelledby="preview-title">
        <h3 id="preview-title">Preview{template.target === 'vote-log' ? ` with #${String(sample.number).padStart(4, '0')} ${sample.title}` : ''}</h3>
        {preview.ok ? <MarkdownPreview label="Template preview" markdown={preview.markdown} /> : <p className="muted">Fix the problem to see the preview.</p>}
      </section>
    </div>
  );
}

export function TemplateEditor() {
  const templates = useExportTemplates();
  const [selectedId, setSelectedId] = useState<TemplateId | null>(null);
  const [replaced, setReplaced] = useState<Replaced | undefined>(undefined);
  if (!templates) return <p className="muted">Loading…</p>;
  const selected = templates.find((t) => t.id === selectedId) ?? templates[0];
  return (
    <div className="templates">
      <label className="field template-picker">
        <span>Template</span>
        <select value={selected?.id ?? ''} onChange={(e) => setSelectedId(templates.find((t) => t.id === e.target.value)?.id ?? null)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
              {t.isBuiltIn ? '' : ' (copy)'}
            </option>
          ))}
        </select>
      </label>
      {selected ? <Editor key={`${selected.id}-${selected.updatedAt}`} template={selected} replaced={replaced} onReplaced={setReplaced} /> : null}
    </div>
  );
}
