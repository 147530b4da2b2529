import type { ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import type { Block, Quote } from '../content/types';
import { fillFigures, formatDate } from '../content/format';

interface BlockProps<B extends Block> {
  block: B;
  pack: LanguagePack;
}

function Paragraph({ block, pack }: BlockProps<Extract<Block, { type: 'p' }>>): ReactElement {
  return <p>{fillFigures(block.text, pack)}</p>;
}

function QuoteBlock({ block, pack }: BlockProps<Extract<Block, { type: 'quote' }>>): ReactElement {
  const quote: Quote = block.quote;
  return (
    <figure className="quote">
      <blockquote>
        <p>
          {pack.ui.quoteOpen}
          {quote.text}
          {pack.ui.quoteClose}
        </p>
      </blockquote>
      <figcaption>
        {quote.speaker}, {quote.where}, {formatDate(quote.when, pack)}
        {quote.translated ? ` (${pack.ui.quoteTranslated})` : ''}
      </figcaption>
    </figure>
  );
}

/** Block type → component: content decides what is shown, this registry how (STYLE.md example 8). */
export function StoryBlock({ block, pack }: { block: Block; pack: LanguagePack }): ReactElement {
  switch (block.type) {
    case 'p':
      return <Paragraph block={block} pack={pack} />;
    case 'quote':
      return <QuoteBlock block={block} pack={pack} />;
  }
}
