/**
 * Mentions, links, dates and money amounts inside an item, kept as data (issue 3) so the app
 * can link people, open sources, warn about deadlines and sum budget asks.
 */
import type { Entities } from '../../model';

// Each quantified part is separated by a literal `/`: no ambiguous backtracking.
// eslint-disable-next-line security/detect-unsafe-regex
const MENTION = /(^|[^\w@/.`])@([\w][\w.-]*(?:\/[\w][\w.-]*)?)/g;
/** `@nixos.org` in "a @nixos.org e-mail" is a domain, not a person. */
const DOMAIN_LIKE = /\.(?:org|com|net|io|dev|de|eu|info|me|co|uk)$/i;
const URL_RE = /\bhttps?:\/\/[^\s<>()[\]"'`]+[^\s<>()[\]"'`.,;:!?]/g;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NAMED_DAY = /\b(?:(\d{1,2})(?:st|nd|rd|th)? (january|february|march|april|may|june|july|august|september|october|november|december),? (\d{4})|(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4}))\b/gi;
const AMOUNT = /(?:([€$£])\s?(\d[\d,.]*)\s?([km])?\b|\b(\d[\d,.]*)\s?([km])?\s?(€|eur|euros?|usd|dollars?|\$|£|gbp)(?![a-z]))/gi;

const CURRENCY: Record<string, string> = { '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', $: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', '£': 'GBP', gbp: 'GBP' };

function validDay(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseNumber(digits: string, scale: string | undefined): number | undefined {
  // "1,500.50" and "1.500,50" both occur; a separator followed by exactly 3 digits is a thousands mark.
  let s = digits.replace(/[.,](?=\d{3}(?:\D|$))/g, '');
  s = s.replace(',', '.');
  const n = Number.parseFloat(s);
  if (!Number.isFinite(n)) return undefined;
  const k = scale?.toLowerCase();
  return k === 'k' ? n * 1000 : k === 'm' ? n * 1_000_000 : n;
}

/** Extract the entities of one item's text. */
export function extractEntities(text: string): Entities {
  // Cheap gates first: most items have no mention, link, date or amount (PERFORMANCE-FLOORS.md §4).
  const hasDigit = /\d/.test(text);
  const mentions: string[] = [];
  if (text.includes('@')) for (const m of text.matchAll(MENTION)) {
    const handle = (m[2] ?? '').replace(/[.-]+$/, '');
    if (handle !== '' && !DOMAIN_LIKE.test(handle)) mentions.push(handle);
  }
  const links = text.includes('http') ? [...text.matchAll(URL_RE)].map((m) => m[0]) : [];
  const dates: string[] = [];
  const hasYear = hasDigit && /\d{4}/.test(text);
  if (hasYear && text.includes('-')) for (const m of text.matchAll(ISO_DAY)) {
    const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) dates.push(day);
  }
  if (hasYear && MONTH_HINT.test(text)) for (const m of text.matchAll(NAMED_DAY)) {
    const month = MONTHS.indexOf((m[2] ?? m[4] ?? '').toLowerCase()) + 1;
    const day = validDay(Number(m[3] ?? m[6]), month, Number(m[1] ?? m[5]));
    if (day) dates.push(day);
  }
  const amounts: Entities['amounts'] = [];
  if (hasDigit && CURRENCY_HINT.test(text)) for (const m of text.matchAll(AMOUNT)) {
    const symbol = (m[1] ?? m[6] ?? '').toLowerCase();
    const value = parseNumber(m[2] ?? m[4] ?? '', m[3] ?? m[5]);
    const amount: Entities['amounts'][number] = { text: m[0].trim() };
    if (value !== undefined) amount.value = value;
    const currency = CURRENCY[symbol];
    if (currency) amount.currency = currency;
    amounts.push(amount);
  }
  return { mentions: unique(mentions), links: unique(links), dates: unique(dates), amounts };
}

const MONTH_HINT = /january|february|march|april|may|june|july|august|september|october|november|december/i;
const CURRENCY_HINT = /[€$£]|eur|usd|dollar|gbp/i;

function unique<T>(xs: T[]): T[] {
  return xs.length < 2 ? xs : [...new Set(xs)];
}
