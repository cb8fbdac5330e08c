import type { Page } from '@playwright/test';

/**
 * Tries to run script the way an XSS would — an injected <script> element and a string
 * compiled by a timer — and reports what ran and which CSP directives were violated.
 * (Playwright's own evaluation is exempt from CSP, so the attempts are made by the page.)
 */
export async function probeCsp(page: Page): Promise<{ injected?: number; evaluated?: number; violations: string[] }> {
  return page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.body.append(s);
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__evaluated = 1', 0);
    await new Promise((r) => setTimeout(r, 100));
    const w = window as unknown as { __injected?: number; __evaluated?: number };
    return { injected: w.__injected, evaluated: w.__evaluated, violations };
  });
}
