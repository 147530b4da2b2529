import type { ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import type { ChapterId } from '../content/types';

/** Props of {@link TableOfContents}. */
export interface TableOfContentsProps {
  pack: LanguagePack;
  ids: readonly ChapterId[];
  active: ChapterId;
}

/** All chapters as plain links: works without JavaScript and for keyboard and screen-reader users. */
export function TableOfContents({ pack, ids, active }: TableOfContentsProps): ReactElement {
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <details>
        <summary id="toc-title">{pack.ui.tocLabel}</summary>
        <ol>
          {ids.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === active ? 'location' : undefined}>
                {pack.chapters[id].title}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
