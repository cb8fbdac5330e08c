/**
 * The second unit run of `npm test` happens under a clock moved about 18 months ahead
 * (libfaketime, issue 12), so a test that only passes "today" shows up as a failure.
 * That run sets STEERING_MOVED_CLOCK_AFTER to the earliest date its clock may show; this
 * test proves the moved clock really reached the test workers (libfaketime works through
 * LD_PRELOAD, which a statically linked Node or a cleared environment would lose silently).
 * In the ordinary run the variable is absent and the test is skipped.
 */
import { describe, expect, it } from 'vitest';

const movedAfter = process.env.STEERING_MOVED_CLOCK_AFTER;

describe('the moved-clock unit run', () => {
  it.runIf(movedAfter !== undefined)('sees a clock past the date the run was started for', () => {
    const earliest = Date.parse(movedAfter!);
    expect(Number.isNaN(earliest)).toBe(false);
    expect(new Date().toISOString() > new Date(earliest).toISOString()).toBe(true);
  });
});
