import { memo, Suspense, useState, type ComponentType, type ReactElement } from 'react';
import { useLateReady } from '../lib/lateCode';
import type { SiteFooterProps } from './SiteFooter';
// The footer's styles belong to the first view: its prerendered HTML is styled before its code arrives.
import '../share/EmbedCode.css';
import './SiteFooter.css';

/**
 * Which footer the app renders, injected by the entries like the chapter graphics: the server (and tests) pass
 * the real `SiteFooter`; the browser a lazily loaded one (`lateComponent`), so the footer and its embed-code
 * generator are not part of the first view's JavaScript while their prerendered HTML is on the page.
 */
export interface FooterSource {
  Footer: ComponentType<SiteFooterProps>;
  /** Resolves once `Footer` renders without suspending; absent when it always can (see `useLateReady`). */
  ready?: Promise<void>;
}

/** Props of {@link FooterSlot}. */
export interface FooterSlotProps extends SiteFooterProps {
  source: FooterSource;
}

const SuspendedFooter = memo(function SuspendedFooter({ source, ...props }: FooterSlotProps): ReactElement {
  const { Footer } = source;
  return (
    // Its own boundary: while its code is not there, it keeps its server HTML during hydration.
    <Suspense fallback={null}>
      <Footer {...props} />
    </Suspense>
  );
});

/**
 * The page's footer inside its own Suspense boundary. Until a lazily loaded footer is ready, the chapter its
 * embed-code generator starts from keeps its first value and the memoised inner part does not re-render.
 */
export function FooterSlot(props: FooterSlotProps): ReactElement {
  const ready = useLateReady(props.source.ready);
  const [first] = useState(props.embedChapter);
  return <SuspendedFooter {...props} embedChapter={ready ? props.embedChapter : first} />;
}
