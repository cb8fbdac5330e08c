/**
 * No network request the member did not start (issue 20). On Linux and Windows Chromium's
 * spellchecker fetches a Hunspell dictionary for each spellcheck language from Google's
 * CDN the first time it needs one — even with `spellcheck: false` in a window's
 * webPreferences (electron/electron#22995). An offline-first desk that holds confidential
 * material never asked the member about that request, so it must not happen.
 *
 * Policy: every session's dictionary download URL points at a `file:` URL of a folder that
 * does not exist. The downloader runs in the network service, which loads no `file:` URLs,
 * so each attempt fails on the machine — no DNS query, no connection — and Chromium reports
 * `spellcheck-dictionary-download-failure`. Spellchecking still works with dictionaries
 * already on the computer: Electron reads `<userData>/Dictionaries/*.bdic`, where an
 * administrator may copy the files of Electron's `hunspell_dictionaries.zip`. macOS uses
 * the system spellchecker and downloads nothing (the call is a no-op there).
 *
 * Applied to each session as it is created (before its languages trigger a download) and
 * to the default session again at `ready`.
 */
import type { Session } from 'electron';

/** Where Chromium is told to download dictionaries from: nowhere it can reach. */
export const NO_DICTIONARY_DOWNLOAD_URL = 'file:///steering-desk-downloads-no-dictionaries/';

/** The parts of a session this policy touches (a fake in tests). */
export type SpellcheckSession = Pick<Session, 'setSpellCheckerDictionaryDownloadURL'> & {
  on(event: 'spellcheck-dictionary-download-failure', listener: (event: unknown, languageCode: string) => void): unknown;
};

const applied = new WeakSet<object>();

/** Points the session's dictionary downloader away from the network (once per session). */
export function keepSpellcheckOffline(session: SpellcheckSession): void {
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOAD_URL);
  if (applied.has(session)) return;
  applied.add(session);
  session.on('spellcheck-dictionary-download-failure', (_event, languageCode) => {
    console.info(`[steering-desk] no ${String(languageCode)} spellcheck dictionary on this computer; none is downloaded (put one in the Dictionaries folder of the data folder to use it)`);
  });
}
