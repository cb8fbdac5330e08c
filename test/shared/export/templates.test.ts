import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../shared/export/templates/builtin';
import { previewTemplate, renderTemplate, TemplateError, validateTemplate } from '../../../shared/export/templates/render';
import { exportVoteLog } from '../../../shared/export/vote-log';
import { exportDecisionLog } from '../../../shared/export/decision-log';
import { decision, member } from '../decisions/fixtures';
import { allTokenTypes, headings } from '../decisions/markdown-structure';

const ctx = { members: [member('a')], teams: [], items: [], meetings: [], today: '2026-10-01' };

describe('renderTemplate', () => {
  it('escapes {{value}} for Markdown instead of HTML', () => {
    const out = renderTemplate('## {{title}}\n\n{{note}}', { title: '# Heading <script>alert(1)</script>', note: '- a\n# b' });
    expect(headings(out)).toEqual([{ level: 2, text: '# Heading <script>alert(1)</script>' }]);
    expect(allTokenTypes(out)).not.toContain('html_inline');
    expect(allTokenTypes(out)).not.toContain('bullet_list_open');
  });

  it('leaves ampersands and quotes readable rather than HTML-escaped', () => {
    expect(renderTemplate('{{x}}', { x: 'Tom & Jerry say "hi"' })).toBe('Tom & Jerry say "hi"');
  });

  it('prints numbers and booleans', () => {
    expect(renderTemplate('{{n}} {{b}}', { n: 6, b: true })).toBe('6 true');
  });

  it('prints pre-escaped fragments raw with triple braces', () => {
    expect(renderTemplate('{{{motionMd}}}', { motionMd: '> quoted' })).toBe('> quoted');
  });

  it('throws a typed error for an invalid template', () => {
    expect(() => renderTemplate('{{#votes}}\n', {})).toThrow(TemplateError);
  });
});

describe('validateTemplate', () => {
  it('accepts every built-in template', () => {
    for (const t of Object.values(BUILT_IN_TEMPLATES)) expect(validateTemplate(t.body)).toBeNull();
  });

  it('reports an unclosed section with its line', () => {
    const problem = validateTemplate('# {{title}}\n\n{{#votes}}\n| {{name}} |\n', 'my vote log');
    expect(problem?.code).toBe('syntax');
    expect(problem?.line).toBeGreaterThanOrEqual(3);
    expect(problem?.message).toContain('my vote log');
    expect(problem?.message).toContain('votes');
  });

  it('reports an unclosed tag with its line and column', () => {
    const problem = validateTemplate('line one\nline {{two');
    expect(problem).toMatchObject({ code: 'syntax', line: 2 });
  });

  it('reports a section closed that was never opened', () => {
    expect(validateTemplate('a\n{{/votes}}')).toMatchObject({ code: 'syntax', line: 2, column: 1 });
  });

  it('refuses raw output of a field that is not a pre-escaped fragment', () => {
    expect(validateTemplate('# ok\n{{{title}}}')).toMatchObject({ code: 'unsafe-raw-value', line: 2, column: 1 });
    expect(validateTemplate('{{& title}}')?.code).toBe('unsafe-raw-value');
  });

  it('refuses raw output hidden inside a section', () => {
    expect(validateTemplate('{{#votes}}\n  {{{rationale}}}\n{{/votes}}')).toMatchObject({ code: 'unsafe-raw-value', line: 2, column: 3 });
  });

  it('refuses raw output after a change of delimiters', () => {
    expect(validateTemplate('{{=<% %>=}}<%& title %>')?.code).toBe('unsafe-raw-value');
  });

  it('refuses partials', () => {
    expect(validateTemplate('{{> header}}')?.code).toBe('partial-not-allowed');
  });
});

describe('edited templates', () => {
  const d = decision({ number: 42, title: 'Fund the docs sprint', status: 'approved' });

  it('change the vote-log output', () => {
    const edited = '# Decision {{number}}: {{title}}\n\nResult: {{statusLabel}} ({{outcome}})\n';
    const out = exportVoteLog(d, ctx, { layout: 'modern', template: edited }).markdown;
    expect(out.startsWith('# Decision 0042: Fund the docs sprint\n\nResult: Approved (')).toBe(true);
    expect(out).not.toContain('## Final Tally');
  });

  it('change the decision-log output', () => {
    const out = exportDecisionLog([d], ctx, { template: '{{#decisions}}- {{number}} {{title}}\n{{/decisions}}' });
    expect(out).toBe('- 0042 Fund the docs sprint\n');
  });

  it('cannot print an unescaped title', () => {
    expect(() => exportVoteLog(d, ctx, { layout: 'classic', template: '{{{title}}}' })).toThrow(TemplateError);
  });
});

describe('previewTemplate', () => {
  it('gives the rendered Markdown of a valid template', () => {
    expect(previewTemplate('# {{title}}', { title: 'Budget' })).toEqual({ ok: true, markdown: '# Budget' });
  });

  it('gives the error of an invalid template instead of throwing', () => {
    const preview = previewTemplate('{{#a}}', {});
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.error).toBeInstanceOf(TemplateError);
  });
});
