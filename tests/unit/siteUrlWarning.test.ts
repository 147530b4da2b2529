import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from '../../scripts/lib/siteUrl.mjs';
import { DEFAULT_SITE_URL, normaliseSiteUrl } from '../../src/page/headTags';

const PLACEHOLDER = normaliseSiteUrl(DEFAULT_SITE_URL);

describe('siteUrlWarning', () => {
  it('warns when SITE_URL is left at its placeholder, naming it and how to set it', () => {
    const warning = siteUrlWarning(normaliseSiteUrl(undefined), PLACEHOLDER);
    expect(warning).toContain(`SITE_URL is the placeholder ${PLACEHOLDER}`);
    expect(warning).toContain('SITE_URL=https://');
  });

  it('warns for any other address on example.org too', () => {
    expect(siteUrlWarning('https://example.org/other/', PLACEHOLDER)).not.toBeNull();
  });

  it('says nothing for a real address', () => {
    expect(siteUrlWarning(normaliseSiteUrl('https://grafik.example.at/kz/'), PLACEHOLDER)).toBeNull();
  });
});
