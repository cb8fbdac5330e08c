import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type ColorScheme = 'light' | 'dark';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** The impacts that fail a check; moderate and minor findings are left to review. */
const FAILING = new Set(['serious', 'critical']);

/** One line per failing node: rule, element and, for contrast, the colours and ratio axe measured. */
function describe(violation: Violation): string[] {
  return violation.nodes.map((node) => {
    const data = node.any.find((check) => check.id === 'color-contrast')?.data as
      | { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string }
      | undefined;
    const contrast = data?.contrastRatio ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1, needs ${data.expectedContrastRatio})` : '';
    const text = node.html.length > 120 ? `${node.html.slice(0, 120)}…` : node.html;
    return `${violation.id} [${violation.impact}] ${node.target.join(' ')}${contrast} — ${text}`;
  });
}

/** The serious and critical axe-core violations of the page as it is now, one line per element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => FAILING.has(v.impact ?? '')).flatMap(describe);
}

async function currentScheme(page: Page): Promise<ColorScheme> {
  return (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light';
}

export type AccessibleOptions = {
  /** Check in these colour schemes (the app follows the system's); by default only in the current one. */
  schemes?: readonly ColorScheme[];
  /** Names the view or dialog in the failure message. */
  label?: string;
  /** Record a failure and go on (expect.soft), so a walk through many views reports every one. */
  soft?: boolean;
};

/**
 * Fails on any serious or critical axe-core violation of the current page, in each
 * requested colour scheme; the page is left in the scheme it was in.
 */
export async function expectAccessible(page: Page, options: AccessibleOptions = {}): Promise<void> {
  const before = options.schemes ? await currentScheme(page) : null;
  const check = options.soft ? expect.soft : expect;
  for (const scheme of options.schemes ?? [null]) {
    if (scheme) await page.emulateMedia({ colorScheme: scheme });
    const where = [options.label, scheme].filter(Boolean).join(', ');
    check(await seriousViolations(page), where ? `axe: ${where}` : 'axe').toEqual([]);
  }
  if (before) await page.emulateMedia({ colorScheme: before });
}
