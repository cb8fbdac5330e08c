/**
 * Meeting templates (issue 6): the NixOS SC template and the team template ship built in,
 * every template is editable, a built-in one can be put back as it ships now, and a copy can
 * be saved under a new name (for one team's own template).
 *
 * A built-in the member never edited follows the built-in when it improves; one they edited
 * keeps their text and says "A newer built-in version is available" until they choose "Use
 * the new built-in" or "Keep mine" (issue 13, shared/templates/built-in-copies.ts). Replacing
 * their text with the built-in can be taken back right away ("Put my version back").
 */
import { useState } from 'react';
import type { TemplateId, TemplateRow } from '../../../shared/model';
import { parseMeetingTemplate } from '../../../shared/meetings/templates';
import { newerBuiltInBody } from '../../../shared/templates/built-in-copies';
import { BuiltInUpdateNotice, ReplacedByBuiltInNotice } from '../../components/BuiltInUpdateNotice';
import { useMeetingTemplates } from '../../db/hooks/meetings';
import { addTemplate, keepMyTemplate, resetTemplate, saveTemplate } from '../../db/repos/meetings-repo';
import { runAction } from '../../lib/run-action';

/** The section list a body would give, or the parse error to show. */
function outline(body: string, name: string): { sections: string[] } | { error: string } {
  try {
    return { sections: parseMeetingTemplate(body, name).sections.map((s) => `${s.title}${s.timeboxMin === undefined ? '' : ` (${s.timeboxMin} min)`}`) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The member's text a reset replaced, kept (per template) so that it can be put back. */
type Replaced = { name: string; body: string };

type EditorProps = {
  template: TemplateRow;
  replaced: Replaced | undefined;
  onReplaced: (id: TemplateId, before: Replaced | undefined) => void;
};

function TemplateEditor({ template, replaced, onReplaced }: EditorProps) {
  const [name, setName] = useState(template.name);
  const [body, setBody] = useState(template.body);
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const shape = outline(body, name || 'template');
  const dirty = name !== template.name || body !== template.body;
  const newer = template.isBuiltIn ? newerBuiltInBody(template) : undefined;
  const headingId = `template-${template.id}`;

  const run = async (work: () => Promise<unknown>, success: string) => {
    setIsBusy(true);
    const failure = await runAction(work, { success });
    setIsBusy(false);
    setMessage(failure);
    return failure;
  };
  const takeBuiltIn = async () => {
    const before = { name: template.name, body: template.body };
    if ((await run(() => resetTemplate(template.id), 'Template reset to the built-in text.')) === null) onReplaced(template.id, before);
  };
  const putBack = async () => {
    if (!replaced) return;
    if ((await run(() => saveTemplate(template.id, replaced), 'Your version is back.')) === null) onReplaced(template.id, undefined);
  };

  return (
    <section className="card template-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{template.name}{template.isBuiltIn ? <span className="muted"> · built in</span> : null}</h2>
      {replaced ? <ReplacedByBuiltInNotice isBusy={isBusy} onPutBack={() => void putBack()} onDismiss={() => onReplaced(template.id, undefined)} /> : null}
      {newer !== undefined && !replaced ? (
        <BuiltInUpdateNotice templateName={template.name} newBody={newer} isBusy={isBusy}
          onUse={() => void takeBuiltIn()} onKeep={() => void run(() => keepMyTemplate(template.id), 'Kept your version.')} />
      ) : null}
      <label className="field"><span>Name</span><input value={name} onChange={(e) => setName(e.target.value)} /></label>
      <label className="field"><span>Sections and default entries</span>
        <textarea className="mono" rows={14} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={`${headingId}-help`} />
      </label>
      <p id={`${headingId}-help`} className="muted">“## Section (5 min)” starts a section, “- entry” adds a default entry, “&gt; hint” a note for the chair.</p>
      {'error' in shape ? <p className="field-error" role="alert">{shape.error}</p> : <p className="muted">Sections: {shape.sections.join(' · ')}</p>}
      {message ? <p className="field-error" role="alert">{message}</p> : null}
      <div className="button-row">
        <button type="button" className="button primary" disabled={!dirty || 'error' in shape || isBusy}
          onClick={() => void run(() => saveTemplate(template.id, { name, body }), 'Template saved.')}>Save</button>
        <button type="button" className="button" disabled={'error' in shape || isBusy}
          onClick={() => void run(() => addTemplate({ name: `${name} (copy)`, body }), 'Copy saved.')}>Save as a copy</button>
        {template.isBuiltIn && newer === undefined ? (
          <button type="button" className="button subtle" disabled={isBusy} onClick={() => void takeBuiltIn()}>Reset to built-in</button>
        ) : null}
      </div>
    </section>
  );
}

export function TemplatesTab() {
  const templates = useMeetingTemplates();
  const [replaced, setReplaced] = useState<Partial<Record<string, Replaced>>>({});
  if (!templates) return null;
  const onReplaced = (id: TemplateId, before: Replaced | undefined) => setReplaced((r) => ({ ...r, [id]: before }));
  // The key includes the saved text so that a reset or an undo refreshes the form.
  return (
    <div className="templates-list">
      {templates.map((t) => <TemplateEditor key={`${t.id}:${t.updatedAt}`} template={t} replaced={replaced[t.id]} onReplaced={onReplaced} />)}
    </div>
  );
}
