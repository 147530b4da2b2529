// Marks the page as scripted before the body is parsed, so enhancement-only styles (the sticky map, the
// scrollytelling spacing) apply from the first paint without a layout shift. An external file, not an inline
// script: the Content-Security-Policy allows scripts from the page's own origin only.
document.documentElement.classList.add('js');
