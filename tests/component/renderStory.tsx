import { render } from '@testing-library/react';
import { App } from '../../src/App';
import { de } from '../../src/content/de';
import { FakeObservers } from './fakeObserver';
import { FOOTER, GRAPHICS } from './graphics';

/** The German story with the real graphics and footer, and observers that never report. */
export function renderStory(): void {
  render(
    <App
      pack={de}
      graphics={GRAPHICS}
      footer={FOOTER}
      createIntersectionObserver={new FakeObservers().factory}
    />,
  );
}
