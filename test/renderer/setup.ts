// Runs before every renderer test file: Testing Library cleanup between tests, and a wait
// for findBy/waitFor long enough for a busy 2-core CI machine (the default 1 s made tests
// that pass alone fail when several suites share the machine). A wait still ends as soon
// as its condition holds, so this costs nothing when the machine is idle.
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
