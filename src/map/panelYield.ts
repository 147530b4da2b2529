/**
 * On phones the sticky map panel covers the top half of the screen, and most charts are taller than the half
 * below it. While a chart is being read, the panel yields: `<html data-chart-reading>` is set, and app.css
 * slides the panel up out of the viewport (phone layout only), so the whole chart, title to source line, is
 * in view; it comes back as soon as the chart has left the reading area. Only a transform changes: nothing
 * in the story moves, the active chapter and its map view go on as before.
 */

/** The attribute on `<html>` while a chart crosses the reading area. */
export const CHART_READING_ATTRIBUTE = 'data-chart-reading';

/**
 * The reading area, as an IntersectionObserver root margin: from the panel's lower edge (48 % down, app.css)
 * to 15 % above the bottom. A chart entering from below takes the screen once its top has risen into the lower
 * part of the screen; it gives the screen back once its bottom has risen above the panel's edge, so the map
 * returns over what was read, never over the text that follows.
 */
export const READING_AREA = '-48% 0px -15% 0px';

/**
 * Browser only: watches every `figure.chart` below `root` and keeps the attribute on `doc`'s root element
 * current. Returns the function that stops watching (and clears the attribute).
 */
export function yieldPanelToCharts(root: ParentNode, doc: Document = document): () => void {
  if (typeof IntersectionObserver === 'undefined') return function nothingToStop() {};
  const html = doc.documentElement;
  const reading = new Set<Element>();
  const observer = new IntersectionObserver(
    function onChartsCross(entries) {
      for (const entry of entries) {
        if (entry.isIntersecting) reading.add(entry.target);
        else reading.delete(entry.target);
      }
      html.toggleAttribute(CHART_READING_ATTRIBUTE, reading.size > 0);
    },
    // The document as root: in a cross-origin frame the implicit root would drop the margin (useActiveChapter).
    { root: doc, rootMargin: READING_AREA, threshold: 0 },
  );
  root.querySelectorAll('figure.chart').forEach((figure) => observer.observe(figure));
  return function stopYielding() {
    observer.disconnect();
    html.removeAttribute(CHART_READING_ATTRIBUTE);
  };
}
