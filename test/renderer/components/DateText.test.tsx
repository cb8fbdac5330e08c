// A date shown on its own is a <time> with the stored ISO value and the member's words (issue 13).
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DateText } from '../../../renderer/components/DateText';
import { setDateFormatDefaults } from '../../../renderer/lib/format/dates';

const timeOf = (ui: React.ReactElement) => render(ui).container.querySelector('time');

describe('DateText', () => {
  beforeEach(() => setDateFormatDefaults({ locale: 'en-GB', timeZone: 'America/Los_Angeles' }));
  afterEach(() => setDateFormatDefaults());

  it('shows a stored day as that day, with the ISO day as its machine value', () => {
    const time = timeOf(<DateText kind="day" value="2026-12-14" />);
    expect(time?.textContent).toBe('14 Dec 2026');
    expect(time?.getAttribute('dateTime')).toBe('2026-12-14');
  });

  it('shows a moment on the member’s clock', () => {
    const time = timeOf(<DateText kind="date-time" value="2024-11-25T18:30:00.000Z" />);
    expect(time?.textContent).toBe('25 Nov 2024, 10:30');
    expect(time?.getAttribute('dateTime')).toBe('2024-11-25T18:30:00.000Z');
  });

  it('shows the day of an instant in a zone it is given', () => {
    expect(timeOf(<DateText kind="date" value="2026-12-14T23:30:00.000Z" />)?.textContent).toBe('14 Dec 2026');
    expect(timeOf(<DateText kind="date" value="2026-12-14T23:30:00.000Z" timeZone="Europe/Berlin" />)?.textContent).toBe('15 Dec 2026');
  });

  it('shows a meeting’s start in its zone and the member’s', () => {
    expect(timeOf(<DateText kind="zoned" value="2026-12-14T17:00:00.000Z" zone="UTC" />)?.textContent).toBe('14 Dec 2026, 17:00 UTC (09:00 America/Los_Angeles)');
  });
});
