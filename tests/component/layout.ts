/**
 * jsdom has no layout: give sections (by id) a position in document coordinates, as `getBoundingClientRect`
 * would report it with the page at the top. Returns the function that restores the prototype.
 */
export function layOutSections(
  ids: readonly string[],
  { top, height }: { top: number; height: number },
): () => void {
  const original = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
    const index = ids.indexOf(this.id);
    if (index < 0) return original.call(this);
    const y = top + index * height;
    return {
      top: y,
      y,
      bottom: y + height,
      height,
      left: 0,
      x: 0,
      right: 0,
      width: 0,
      toJSON() {},
    } as DOMRect;
  };
  return function restore() {
    Element.prototype.getBoundingClientRect = original;
  };
}
