/**
 * The static oEmbed JSON of a page (https://oembed.com, type `rich`): CMSs and link unfurlers that speak
 * oEmbed find it through the page's `<link rel="alternate" type="application/json+oembed">` and embed the
 * chapter that was pasted, with the auto-height embed code the page's own generator writes.
 */
import type { PageText } from './headTags';
import { OG_IMAGE_SIZE } from './headTags';

/** The size the embed is announced with: a column of a news article, and the fixed form's height. */
export interface EmbedSize {
  width: number;
  height: number;
}

/** What {@link oembedJson} needs. */
export interface OembedOptions {
  text: Pick<PageText, 'title'>;
  /** The publisher's name (`meta.siteName`) and the site's URL. */
  providerName: string;
  providerUrl: string;
  /** Absolute URL of the page's 1200×630 card. */
  thumbnailUrl: string;
  /** The embed code (auto height) for the page's chapter. */
  html: string;
  size: EmbedSize;
}

/** An oEmbed 1.0 response of type `rich`. */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  html: string;
  width: number;
  height: number;
}

/** The oEmbed response of one page. */
export function oembedJson({
  text,
  providerName,
  providerUrl,
  thumbnailUrl,
  html,
  size,
}: OembedOptions): OembedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title: text.title,
    provider_name: providerName,
    provider_url: providerUrl,
    thumbnail_url: thumbnailUrl,
    thumbnail_width: OG_IMAGE_SIZE.width,
    thumbnail_height: OG_IMAGE_SIZE.height,
    html,
    width: size.width,
    height: size.height,
  };
}
