import { describe, expect, it } from 'vitest';
import { CHANNELS, IpcPayloadError, hasPollutingKey, parseIpcRequest } from '../../../shared/ipc/contract';

describe('parseIpcRequest', () => {
  it('accepts a well-formed save request', () => {
    expect(parseIpcRequest('files:save-text', { suggestedName: 'agenda.md', body: '# Agenda' })).toEqual({ suggestedName: 'agenda.md', body: '# Agenda' });
  });

  it.each([
    ['a path instead of a name', { suggestedName: '../../.bashrc', body: 'x' }],
    ['an absolute path', { suggestedName: '/etc/passwd', body: 'x' }],
    ['a Windows path', { suggestedName: 'C:\\Windows\\x.md', body: 'x' }],
    ['a parent reference', { suggestedName: '..', body: 'x' }],
    ['a control character', { suggestedName: 'a\u0000.md', body: 'x' }],
    ['an extra key', { suggestedName: 'a.md', body: 'x', path: '/tmp/a.md' }],
    ['a wrong type', { suggestedName: 'a.md', body: 42 }],
    ['a missing field', { suggestedName: 'a.md' }],
    ['null', null],
    ['a string', 'a.md'],
  ])('refuses a save request with %s', (_label, payload) => {
    expect(() => parseIpcRequest('files:save-text', payload)).toThrow(IpcPayloadError);
  });

  it('refuses a 50 MB URL without looking further', () => {
    expect(() => parseIpcRequest('shell:open-external', { url: 'https://x.example/' + 'a'.repeat(50 * 1024 * 1024) })).toThrow(IpcPayloadError);
  });

  it('refuses a body over the save limit', () => {
    expect(() => parseIpcRequest('files:save-text', { suggestedName: 'a.md', body: 'a'.repeat(200 * 1024 * 1024 + 1) })).toThrow(/body/);
  });

  it('refuses payloads that carry __proto__ or constructor keys', () => {
    const polluted = JSON.parse('{"url":"https://example.org","__proto__":{"isAdmin":true}}');
    expect(() => parseIpcRequest('shell:open-external', polluted)).toThrow(/forbidden key/);
    expect(() => parseIpcRequest('files:open-text', JSON.parse('{"multiple":true,"filters":[{"name":"x","extensions":["md"],"constructor":{}}]}'))).toThrow(
      /forbidden key/,
    );
  });

  it('refuses unknown channels', () => {
    expect(() => parseIpcRequest('files:delete-everything' as never, {})).toThrow(/unknown channel/);
  });

  it('has a schema for every channel', () => {
    for (const channel of CHANNELS) expect(() => parseIpcRequest(channel, { __proto_probe: 1 })).toThrow(IpcPayloadError);
  });
});

describe('hasPollutingKey', () => {
  it('finds nested dangerous keys and ignores safe objects', () => {
    expect(hasPollutingKey(JSON.parse('{"a":{"b":[{"__proto__":1}]}}'))).toBe(true);
    expect(hasPollutingKey({ a: { b: [1, 2, { c: 'prototype' }] } })).toBe(false);
  });
});
