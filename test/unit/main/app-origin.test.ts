import { describe, expect, it } from 'vitest';
import { isTrustedUrl, originOf, pageUrl, rendererLocation } from '../../../src/main/app-origin';

describe('app origin', () => {
  it('compares parsed origins, so look-alikes and other schemes do not pass', () => {
    const trusted = ['app://sitrep'];
    expect(isTrustedUrl('app://sitrep/index.html', trusted)).toBe(true);
    expect(isTrustedUrl('APP://SITREP/checklist.html?x#y', trusted)).toBe(true);
    for (const url of ['app://sitrep.evil/index.html', 'app://evil/sitrep', 'https://sitrep/', 'file:///sitrep', 'app:sitrep', '', 'garbage']) {
      expect(isTrustedUrl(url, trusted), url).toBe(false);
    }
  });

  it('rebuilds the origin of a custom scheme (Node reports "null" for it)', () => {
    expect(originOf('app://sitrep/index.html')).toBe('app://sitrep');
    expect(originOf('http://localhost:5173/index.html')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
  });

  it('serves from app:// when packaged, even if a dev server URL is in the environment', () => {
    expect(rendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual({
      baseUrl: 'app://sitrep',
      trustedOrigins: ['app://sitrep'],
    });
    expect(rendererLocation({ isPackaged: false, devServerUrl: undefined }).baseUrl).toBe('app://sitrep');
  });

  it('trusts the electron-vite dev server only in an unpackaged run', () => {
    const dev = rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });
    expect(dev).toEqual({ baseUrl: 'http://localhost:5173', trustedOrigins: ['app://sitrep', 'http://localhost:5173'] });
    expect(pageUrl(dev.baseUrl, 'quickNote')).toBe('http://localhost:5173/quick-note.html');
  });
});
