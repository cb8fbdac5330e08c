/**
 * Meeting templates (issue 6): the NixOS SC template and the team template ship built in,
 * every template is editable, a built-in one can be put back as it shipped, and a copy can
 * be saved under a new name (for one team's own template).
 */
import { useState } from 'react';
import type { TemplateRow } from '../../../shared/model';
import { parseMeetingTemplate } from '../../../shared/meetings/templates';
import { useMeetingTemplates } from '../../db/hooks/meetings';
import { addTemplate, resetTemplate, saveTemplate } from '../../db/repos/meetings-repo';
import { runAction } from '../../lib/run-action';

/** The section list a body would give, or the parse error to show. */
function outline(body: string, name: string): { sections: string[] } | { error: string } {
  try {
    return { sections: parseMeetingTemplate(body, name).sections.map((s) => `${s.title}${s.timeboxMin === undefined ? '' : ` (${s.timeboxMin} min)`}`) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function TemplateEditor({ template }: { template: TemplateRow }) {
  const [name, setName] = useState(template.name);
  const [body, setBody] = useState(template.body);
  const [message, setMessage] = useState<string | null>(null);
  const shape = outline(body, name || 'template');
  const dirty = name !== template.name || body !== template.body;
  const headingId = `template-${template.id}`;
  return (
    <section className="card template-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{template.name}{template.isBuiltIn ? <span className="muted"> · built in</span> : null}</h2>
      <label className="field"><span>Name</span><input value={name} onChange={(e) => setName(e.target.value)} /></label>
      <label className="field"><span>Sections and default entries</span>
        <textarea className="mono" rows={14} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={`${headingId}-help`} />
      </label>
      <p id={`${headingId}-help`} className="muted">“## Section (5 min)” starts a section, “- entry” adds a default entry, “&gt; hint” a note for the chair.</p>
      {'error' in shape ? <p className="field-error" role="alert">{shape.error}</p> : <p className="muted">Sections: {shape.sections.join(' · ')}</p>}
      {message ? <p className="field-error" role="alert">{message}</p> : null}
      <div className="button-row">
        <button type="button" className="button primary" disabled={!dirty || 'error' in shape}
          onClick={async () => setMessage(await runAction(() => saveTemplate(template.id, { name, body }), { success: 'Template saved.' }))}>Save</button>
        <button type="button" className="button" disabled={'error' in shape}
          onClick={async () => setMessage(await runAction(() => addTemplate({ name: `${name} (copy)`, body }), { success: 'Copy saved.' }))}>Save as a copy</button>
        {template.isBuiltIn ? (
          <button type="button" className="button subtle"
            onClick={async () => setMessage(await runAction(() => resetTemplate(template.id), { success: 'Template reset to the built-in text.' }))}>Reset to built-in</button>
        ) : null}
      </div>
    </section>
  );
}

export function TemplatesTab() {
  const templates = useMeetingTemplates();
  if (!templates) return null;
  // The key includes the saved text so that a reset or an undo refreshes the form.
  return (
    <div className="templates-list">
      {templates.map((t) => <TemplateEditor key={`${t.id}:${t.updatedAt}`} template={t} />)}
    </div>
  );
}
