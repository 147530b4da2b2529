import { useLayoutEffect, useState } from 'react';
import { PAGE, parseEmbedParams, type EmbedParams } from '../share/params';

/** Cross-origin hosts make `window.top` unreadable in old browsers: being unable to look means being framed. */
function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/** Whether parameters say "plain page", like {@link PAGE}. */
function samePage(params: EmbedParams): boolean {
  return params.mode === PAGE.mode && params.theme === PAGE.theme && params.channel === PAGE.channel;
}

/**
 * The embed parameters of this page (`PAGE` on the server and in the first client render). A layout effect
 * reads the URL and whether the page is framed, and marks `<html>` with `data-embed` and `data-theme` before
 * the browser paints and before the deep-link effect scrolls, so that the hidden masthead does not move the
 * chapter it scrolled to. CSS keys off those attributes; the returned value drives what React renders.
 */
export function useEmbed(): EmbedParams {
  const [params, setParams] = useState<EmbedParams>(PAGE);
  useLayoutEffect(function applyEmbedParams() {
    const root = document.documentElement;
    const previousTheme = root.getAttribute('data-theme');
    const next = parseEmbedParams(window.location.search, isFramed());
    if (next.mode !== 'page') root.setAttribute('data-embed', next.mode);
    if (next.theme) root.setAttribute('data-theme', next.theme);
    // The URL and the framing exist only in the browser, and the server HTML (and the hydrating render) must
    // show the plain page: one extra render after mount is the point, not an accident. A plain page keeps
    // `PAGE` itself: a new but equal object would re-render the whole story synchronously after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!samePage(next)) setParams(next);
    return function removeEmbedParams() {
      root.removeAttribute('data-embed');
      if (!next.theme) return;
      if (previousTheme === null) root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', previousTheme);
    };
  }, []);
  return params;
}
