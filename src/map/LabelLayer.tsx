/**
 * Text labels as Leaflet markers with HTML icons: no image requests (never Leaflet's default PNG icon), text
 * styled in map.css (≥ 12px, with a halo). The labels are decorative for assistive technology: the panel
 * names the chapter's places in a visually hidden list instead.
 */
import { DivIcon, LayerGroup, Marker } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapLabel } from './labels';

/** The label's element; text via textContent, so no word from a language pack is parsed as HTML. */
function labelElement(label: MapLabel): HTMLElement {
  const root = document.createElement('div');
  root.className = [
    'map-label',
    `map-label--${label.kind}`,
    label.placeKind ? `map-place--${label.placeKind}` : '',
    label.side ? `map-label--${label.side}` : '',
    label.minor ? 'map-label--minor' : '',
  ]
    .filter(Boolean)
    .join(' ');
  root.dataset.label = label.key;
  if (label.kind === 'place') {
    const dot = document.createElement('span');
    dot.className = 'map-label__dot';
    root.append(dot);
  }
  const text = document.createElement('span');
  text.className = 'map-label__text';
  if (label.dy) text.style.setProperty('--dy', `${label.dy}px`);
  label.lines.forEach((line, i) => {
    if (i > 0) text.append(document.createElement('br'));
    text.append(line);
  });
  root.append(text);
  return root;
}

/** Props of {@link LabelLayer}. */
export interface LabelLayerProps {
  /** The chapter's labels, memoized per chapter and language. */
  labels: MapLabel[];
}

export function LabelLayer({ labels }: LabelLayerProps) {
  const map = useMap();
  useEffect(
    function addLabels() {
      const group = new LayerGroup(
        labels.map(
          (label) =>
            new Marker([label.lat, label.lng], {
              // A zero-size icon at the point; map.css positions dot and text around it.
              icon: new DivIcon({ html: labelElement(label), className: 'map-label-icon', iconSize: [0, 0] }),
              interactive: false,
              keyboard: false,
            }),
        ),
      ).addTo(map);
      return function removeLabels() {
        group.remove();
      };
    },
    [map, labels],
  );
  return null;
}
