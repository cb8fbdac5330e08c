/**
 * The per-call environment handed through markdown-it's `env` argument. The markdown-it
 * instance is shared by every call (creating one is costly), so anything that differs
 * per post — the forum's base URL, whether a highlight was requested — travels here.
 */

/** Per-render settings read by this folder's markdown-it rules. */
export type RenderEnv = {
  /** Forum origin used to resolve root-relative links. */
  baseUrl?: string;
  /** Whether highlight sentinels were inserted into the source. */
  hasHighlight?: boolean;
  /** Whether `- [ ]` / `- [x]` items render as task boxes (export previews, issue 13). */
  taskLists?: boolean;
};

/** Read a {@link RenderEnv} from markdown-it's untyped `env`, ignoring anything malformed. */
export function readRenderEnv(env: unknown): RenderEnv {
  if (typeof env !== 'object' || env === null) return {};
  const { baseUrl, hasHighlight, taskLists } = env as Record<string, unknown>;
  return {
    ...(typeof baseUrl === 'string' ? { baseUrl } : {}),
    ...(hasHighlight === true ? { hasHighlight } : {}),
    ...(taskLists === true ? { taskLists } : {}),
  };
}
