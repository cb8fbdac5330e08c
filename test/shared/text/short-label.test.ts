// The one rule for labels cut from longer text: whole sentences, else whole words and "…".
import { describe, expect, it } from 'vitest';
import { labelCoversText, shortLabel } from '../../../shared/text/short-label';

// Asks as the importer extracts them from the sample thread (Xen, marketing, moderation).
const XEN_TLDR = 'We’d like a @nixos.org email to apply for their pre-disclosure list. Everything else has been going smoothly, and we’re collaborating with upstream to get NixOS featured on their website. We will continue developing Xen on NixOS 25.05 and above.';
const XEN_BLOCKER = 'As mentioned in Current Status, we would like to apply for Xen’s security pre-disclosure list so we can be ready when security issues are discovered and get them to users as soon as possible. Unlike the distros list, we have already been informally invited by upstream to apply to their list.';
const XEN_REVIEW = 'Everything else (The PGP key, the application message, and the website team page update) has been prepared and awaits a review from the Committee. We only need an official NixOS address, which the Infrastructure team will be able to help us with.';
const XEN_BUDGET = 'We have no direct expenditures, so we do not need a budget at this time. There may be monetary concerns with providing the aforementioned e-mail alias, however. (I’m not sure how full the alias list is.)';

/** Whether `label` (without its "…") is the start of `text` and stops where a word ends. */
function stopsAtWordEnd(label: string, text: string): boolean {
  const head = label.replace(/…$/, '');
  const flat = text.replace(/\s+/g, ' ');
  return flat.startsWith(head) && !/[\p{L}\p{N}]/u.test(flat[head.length] ?? ' ');
}

describe('shortLabel: sentence boundaries', () => {
  it.each([
    ['the first sentence of a paragraph', XEN_TLDR, 'We’d like a @nixos.org email to apply for their pre-disclosure list'],
    ['a sentence that ends in a question mark, kept', 'Can we get a private matrix room for the marketing team? We would like it soon.', 'Can we get a private matrix room for the marketing team?'],
    ['an exclamation, kept', 'New people interested in rebooting the team are welcome! Ping us.', 'New people interested in rebooting the team are welcome!'],
    ['a sentence that closes a quotation', 'He said “we are done.” Then he left.', 'He said “we are done.”'],
    ['one sentence without a final period', 'Approval from the Steering Committee', 'Approval from the Steering Committee'],
    ['a paragraph break', 'Budget\n\nWe need 500 EUR for hosting.', 'Budget'],
    ['a soft line break, which is not a boundary', 'We need an alias\nthat ends in @nixos.org.', 'We need an alias that ends in @nixos.org'],
    ['a leading list marker, dropped', '- An e-mail alias that ends in @nixos.org;', 'An e-mail alias that ends in @nixos.org'],
  ])('takes %s', (_what, text, expected) => {
    expect(shortLabel(text)).toBe(expected);
  });

  it.each([
    ['e.g.', 'Speed up staging, e.g. with a dedicated build farm. Funding may help.', 'Speed up staging, e.g. with a dedicated build farm'],
    ['i.e.', 'Keep one policy, i.e. the default one. Teams may add theirs.', 'Keep one policy, i.e. the default one'],
    ['etc. before a lower-case word', 'We maintain the website, socials etc. and the blog. More soon.', 'We maintain the website, socials etc. and the blog'],
    ['Dr. before a name', 'Dr. Smith joined the team. She reviews PRs.', 'Dr. Smith joined the team'],
    ['a version number', 'We will continue developing Xen on NixOS 25.05 and above. Nothing else.', 'We will continue developing Xen on NixOS 25.05 and above'],
    ['No. before a number', 'See item No. 5 in the minutes. It is open.', 'See item No. 5 in the minutes'],
  ])('does not end a sentence at %s', (_what, text, expected) => {
    expect(shortLabel(text)).toBe(expected);
  });

  it('ends a sentence that ends in "no."', () => {
    expect(shortLabel('Our answer is no. We will revisit it.')).toBe('Our answer is no');
  });

  it('keeps the period of an abbreviation at the end', () => {
    expect(shortLabel('Hosting, CI, builders etc.')).toBe('Hosting, CI, builders etc.');
  });

  it.each([
    ['inside a URL', 'https://nix-community.org is a sister project. It has no formal ties.', 'https://nix-community.org is a sister project'],
    ['after a URL', 'Our notes are at https://example.org/minutes/2026-05-13.md. Please read them.', 'Our notes are at https://example.org/minutes/2026-05-13.md'],
    ['in a path with dots', 'Move meetings.md to the public repo. Then announce it.', 'Move meetings.md to the public repo'],
  ])('handles a period %s', (_what, text, expected) => {
    expect(shortLabel(text)).toBe(expected);
  });
});

describe('shortLabel: non-Latin text', () => {
  it.each([
    ['Chinese', '我们需要一个官方的电子邮件地址。其他一切顺利。', '我们需要一个官方的电子邮件地址。'],
    ['Japanese', '公式のメールアドレスが必要です。よろしくお願いします。', '公式のメールアドレスが必要です。'],
    ['Russian', 'Нам нужен адрес на @nixos.org. Всё остальное готово.', 'Нам нужен адрес на @nixos.org'],
    ['Greek', 'Χρειαζόμαστε έγκριση από την επιτροπή. Τα υπόλοιπα είναι έτοιμα.', 'Χρειαζόμαστε έγκριση από την επιτροπή'],
    ['Arabic', 'هل يمكننا الحصول على غرفة خاصة؟ شكرا لكم.', 'هل يمكننا الحصول على غرفة خاصة؟'],
  ])('finds the first sentence of %s text', (_lang, text, expected) => {
    expect(shortLabel(text)).toBe(expected);
  });

  it('cuts a long Chinese sentence between words, not inside one', () => {
    const long = '我们希望申请加入安全预披露名单以便在安全问题被发现时能够尽快准备好补丁并且尽快交付给用户这需要委员会的批准和一个官方的电子邮件地址';
    const label = shortLabel(long, { maxLength: 30 });
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(30);
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(long)].map((s) => s.index);
    expect(words).toContain(label.length - 1);
  });
});

describe('shortLabel: long sentences', () => {
  it('cuts a long sentence after a whole word and marks it with "…"', () => {
    const label = shortLabel(XEN_BLOCKER, { maxLength: 120 });
    expect(label).toBe('As mentioned in Current Status, we would like to apply for Xen’s security pre-disclosure list so we can be ready when…');
    expect(label.length).toBeLessThanOrEqual(120);
    expect(stopsAtWordEnd(label, XEN_BLOCKER)).toBe(true);
  });

  it('prefers a whole clause when one is long enough', () => {
    const text = 'We would like to apply for the pre-disclosure list of the Xen project, so that we can patch security issues early and ship fixes';
    expect(shortLabel(text, { maxLength: 80 })).toBe('We would like to apply for the pre-disclosure list of the Xen project…');
  });

  it('does not take a clause too short to stand for the sentence', () => {
    expect(shortLabel(XEN_BLOCKER, { maxLength: 80 })).toBe('As mentioned in Current Status, we would like to apply for Xen’s security…');
  });

  it('never ends on punctuation before the "…"', () => {
    const text = 'We need help with the following items: the alias, the review; the key, the page, the message, the list, and more';
    for (const max of [20, 30, 40, 50, 60, 70, 80, 90, 100]) expect(shortLabel(text, { maxLength: max })).not.toMatch(/[\s,;:\-–—(]…$/u);
  });

  it('keeps the whole text when it has no place to cut', () => {
    const url = `https://example.org/${'a'.repeat(200)}`;
    expect(shortLabel(url)).toBe(url);
  });

  it('cuts before a URL instead of inside it', () => {
    const label = shortLabel(`The minutes are in https://example.org/${'a'.repeat(200)} for everyone`, { maxLength: 60 });
    expect(label).toBe('The minutes are in…');
  });
});

describe('shortLabel: the sample thread’s asks', () => {
  it.each([XEN_TLDR, XEN_BLOCKER, XEN_REVIEW, XEN_BUDGET])('cuts no word of “%s”', (text) => {
    for (const max of [40, 60, 80, 120, 160]) expect(stopsAtWordEnd(shortLabel(text, { maxLength: max }), text)).toBe(true);
  });

  it('gives the review ask’s first sentence in full at the default length', () => {
    expect(shortLabel(XEN_REVIEW)).toBe('Everything else (The PGP key, the application message, and the website team page update) has been prepared and awaits a review from the Committee');
  });

  it('gives an empty label for empty text', () => {
    expect(shortLabel('  \n ')).toBe('');
  });
});

describe('labelCoversText', () => {
  it('is true when the label is the whole text', () => {
    expect(labelCoversText(shortLabel('Approval from the Steering Committee.'), 'Approval from the Steering Committee.')).toBe(true);
    expect(labelCoversText(shortLabel('Can we get a private matrix room?'), 'Can we get a private\nmatrix room?')).toBe(true);
  });

  it('is false when the text goes on', () => {
    expect(labelCoversText(shortLabel(XEN_TLDR), XEN_TLDR)).toBe(false);
  });
});

describe('shortLabel: brackets', () => {
  it('does not stop inside a parenthesis', () => {
    const label = shortLabel('Everything else (The PGP key, the application message, and the website team page update) has been prepared and awaits a review from the Committee.', { maxLength: 120 });
    expect(label).toBe('Everything else (The PGP key, the application message, and the website team page update) has been prepared and awaits a…');
  });

  it('stops before an aside it cannot finish', () => {
    const text = 'Nothing more concrete planned at the moment due to lack of time to commit for (even leading, and certainly implementing) larger projects, reflected in how long it took to write this update.';
    expect(shortLabel(text, { maxLength: 120 })).toBe('Nothing more concrete planned at the moment due to lack of time to commit for…');
  });
});
