// Issue 20: the app makes no request the member did not start. Chromium's spellchecker
// downloads Hunspell dictionaries from a CDN on Linux and Windows; with a mocked session,
// no download URL is ever left pointing at the network.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepSpellcheckOffline, NO_DICTIONARY_DOWNLOAD_URL } from '../../../electron/main/offline-spellcheck';

afterEach(() => {
  vi.restoreAllMocks();
});

type Listener = (event: unknown, languageCode: string) => void;

function fakeSession() {
  const urls: string[] = [];
  const listeners = new Map<string, Listener[]>();
  return {
    urls,
    listeners,
    setSpellCheckerDictionaryDownloadURL: vi.fn((url: string) => {
      // Electron throws for a URL it cannot parse; so does the fake.
      new URL(url);
      urls.push(url);
    }),
    on: vi.fn((event: string, listener: Listener) => void listeners.set(event, [...(listeners.get(event) ?? []), listener])),
  };
}

/** A URL that would make the downloader talk to a network (any scheme Chromium fetches remotely). */
function reachesNetwork(url: string): boolean {
  const { protocol, host } = new URL(url);
  return protocol !== 'file:' || host !== '';
}

describe('keepSpellcheckOffline', () => {
  it('points the dictionary downloader at a local file URL, never at the network', () => {
    const session = fakeSession();
    keepSpellcheckOffline(session);
    expect(session.urls).toEqual([NO_DICTIONARY_DOWNLOAD_URL]);
    expect(session.urls.some(reachesNetwork)).toBe(false);
  });

  it('ends the URL with a slash, as Electron joins the dictionary file name to it', () => {
    expect(NO_DICTIONARY_DOWNLOAD_URL.endsWith('/')).toBe(true);
    expect(new URL(`${NO_DICTIONARY_DOWNLOAD_URL}en-US-10-1.bdic`).protocol).toBe('file:');
  });

  it('sets the URL again when applied twice, but listens for failures once', () => {
    const session = fakeSession();
    keepSpellcheckOffline(session);
    keepSpellcheckOffline(session);
    expect(session.urls).toEqual([NO_DICTIONARY_DOWNLOAD_URL, NO_DICTIONARY_DOWNLOAD_URL]);
    expect(session.listeners.get('spellcheck-dictionary-download-failure')).toHaveLength(1);
  });

  it('says in the log, without a stack, that no dictionary is downloaded when one is missing', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const session = fakeSession();
    keepSpellcheckOffline(session);
    session.listeners.get('spellcheck-dictionary-download-failure')![0]!({}, 'de-DE');
    expect(info).toHaveBeenCalledWith(expect.stringContaining('no de-DE spellcheck dictionary on this computer; none is downloaded'));
  });
});

describe('the test’s own check', () => {
  it.each(['https://redirector.gvt1.com/edgedl/chrome/dict/', 'http://localhost/', 'file://server/share/', 'ftp://x/'])('sees %s as reaching the network', (url) => {
    expect(reachesNetwork(url)).toBe(true);
  });
});
