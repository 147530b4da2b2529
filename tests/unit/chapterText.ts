/** Views on a chapter's text shared by the German content test and the English translation test. */
import type { LanguagePack } from '../../src/content/pack';
import type { ChapterText, Quote } from '../../src/content/types';
import { fillFigures } from '../../src/content/format';

export function paragraphs(chapter: ChapterText): string[] {
  return chapter.blocks.flatMap((b) => (b.type === 'p' ? [b.text] : []));
}

export function quotes(chapter: ChapterText): Quote[] {
  return chapter.blocks.flatMap((b) => (b.type === 'quote' ? [b.quote] : []));
}

/**
 * Reader-facing words outside quotes: kicker, title, paragraphs (figures filled in), map description, and the
 * summary that describes the chapter's own page (filled in).
 */
export function narrative(chapter: ChapterText, pack: LanguagePack): string[] {
  return [
    chapter.kicker,
    chapter.title,
    ...paragraphs(chapter).map((t) => fillFigures(t, pack)),
    chapter.mapDescription,
    ...(chapter.summary ? [fillFigures(chapter.summary, pack)] : []),
  ];
}
