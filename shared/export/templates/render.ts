/**
 * Rendering of editable Markdown export templates with Mustache (issue 5).
 *
 * Mustache escapes `{{x}}` for HTML by default, which does nothing against Markdown
 * structure (`# Heading`, `| cell |`, `**`) or mentions. Here `{{x}}` applies the team-text
 * rule instead (team-text.ts, issue 13), so any value a template prints is one inert line
 * of text that pings nobody. Unescaped output (`{{{x}}}` or `{{& x}}`) is allowed only for
 * view fields whose name ends in `Md`: fragments the view builders have already made safe
 * (a title, motion or rationale with the member's Markdown kept). A template that
 * prints any other field raw, or uses partials, is refused — SC members edit templates,
 * and a template must not be able to undo the escaping of forum-supplied text.
 */
import Mustache from 'mustache';
import type { TemplateSpans } from 'mustache';
import { teamInline } from '../team-text';

/** Why a template was refused. */
export type TemplateErrorCode = 'syntax' | 'unsafe-raw-value' | 'partial-not-allowed';

/** A template that cannot be used, with the position of the problem for the editor. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly code: TemplateErrorCode,
    message: string,
    /** 1-based line of the problem in the template body. */
    readonly line: number,
    /** 1-based column of the problem. */
    readonly column: number,
  ) {
    super(message);
  }
}

/** Name suffix of view fields that hold already-escaped Markdown and may be printed raw. */
export const SAFE_FRAGMENT_SUFFIX = 'Md';

function position(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, Math.max(0, Math.min(offset, body.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function isSafeFragment(name: string): boolean {
  const last = name.split('.').pop() ?? '';
  return last.length > SAFE_FRAGMENT_SUFFIX.length && last.endsWith(SAFE_FRAGMENT_SUFFIX);
}

function checkTokens(tokens: TemplateSpans, body: string, templateName: string): TemplateError | null {
  for (const token of tokens) {
    const [type, value, start] = token;
    const at = position(body, start);
    if (type === '&' && !isSafeFragment(value)) {
      return new TemplateError(
        'unsafe-raw-value',
        `Template “${templateName}”, line ${at.line}: “${value}” is printed without escaping; use {{${value}}} (only fields ending in “${SAFE_FRAGMENT_SUFFIX}” may use triple braces).`,
        at.line,
        at.column,
      );
    }
    if (type === '>') {
      return new TemplateError('partial-not-allowed', `Template “${templateName}”, line ${at.line}: partials ({{> ${value}}}) are not supported.`, at.line, at.column);
    }
    if ((type === '#' || type === '^') && Array.isArray(token[4])) {
      const inner = checkTokens(token[4], body, templateName);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * Check a template body: Mustache syntax, no raw output of unescaped fields, no partials.
 * Returns the first problem with its line and column, or null when the template is usable.
 */
export function validateTemplate(body: string, templateName = 'template'): TemplateError | null {
  let tokens: TemplateSpans;
  try {
    tokens = Mustache.parse(body);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const offset = Number(/ at (\d+)\s*$/.exec(raw)?.[1] ?? body.length);
    const at = position(body, offset);
    return new TemplateError('syntax', `Template “${templateName}”, line ${at.line}, column ${at.column}: ${raw.replace(/ at \d+\s*$/, '')}.`, at.line, at.column);
  }
  return checkTokens(tokens, body, templateName);
}

/**
 * Render a template with `{{x}}` written as inert Markdown text. Throws TemplateError when
 * the template is invalid (see validateTemplate).
 */
export function renderTemplate(body: string, view: object, templateName = 'template'): string {
  const problem = validateTemplate(body, templateName);
  if (problem) throw problem;
  // No partials are passed: validateTemplate has refused `{{> x}}` already.
  return Mustache.render(body, view, {}, { escape: (value: unknown) => teamInline(String(value)) });
}

/** What the template editor's preview shows: the rendered Markdown, or the problem to point at. */
export type TemplatePreview = { ok: true; markdown: string } | { ok: false; error: TemplateError };

/** Render for the editor's preview without throwing: an invalid template gives its TemplateError. */
export function previewTemplate(body: string, view: object, templateName = 'template'): TemplatePreview {
  const error = validateTemplate(body, templateName);
  return error ? { ok: false, error } : { ok: true, markdown: renderTemplate(body, view, templateName) };
}
