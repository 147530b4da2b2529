/**
 * What Kazakh needs beyond `Intl`: case endings after a number or word as written ("4000-нан астам",
 * "20 000-ға дейін"), chosen by the sound the spoken word ends with and by vowel harmony, and the long date
 * as Kazakh writes it ("2022 жылғы 8 қаңтар"; ICU's kk locale data gives "2022 ж. 8 қаңтар").
 */
import type { Grammar } from '../pack';

const ONES = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
/** Abbreviations read as their full word. */
const SPOKEN: Readonly<Record<string, string>> = { млн: 'миллион', млрд: 'миллиард', км: 'километр' };

/** The last word one says when reading a number: 4000 → "мың", 2500 → "жүз", 18 → "сегіз". */
export function lastNumberWord(n: number): string {
  if (n === 0) return ONES[0] ?? '';
  if (n % 10 !== 0) return ONES[n % 10] ?? '';
  if (n % 100 !== 0) return TENS[(n % 100) / 10] ?? '';
  if (n % 1000 !== 0) return 'жүз';
  if (n % 1_000_000 !== 0) return 'мың';
  return 'миллион';
}

/**
 * The last spoken word of a value as written, and whether the ending needs a hyphen (after digits and
 * abbreviations): "20 000" → "мың", "2,2 млн" → "миллион", "7644 км" → "километр", "120 теңге" → "теңге".
 */
function spokenEnd(written: string): { word: string; hyphen: boolean } {
  const text = written.trim();
  const number = /\d[\d\s\u00a0\u202f.,]*$/.exec(text)?.[0];
  if (number) {
    // A decimal is read by its fraction last ("2,2": "екі бүтін оннан екі").
    const digits = number.includes(',') ? (number.split(',').pop() ?? '') : number.replace(/\D/g, '');
    return { word: lastNumberWord(Number(digits)), hyphen: true };
  }
  const last = (text.split(/[\s\u00a0\u202f]+/).pop() ?? '').toLowerCase();
  const spoken = SPOKEN[last];
  return spoken ? { word: spoken, hyphen: true } : { word: last, hyphen: false };
}

/** Back vowels take -а-, front vowels -е-; "у" and "и" go either way and are skipped. */
function isBack(word: string): boolean {
  for (const ch of [...word].reverse()) {
    if ('аоұыя'.includes(ch)) return true;
    if ('әөүіеэ'.includes(ch)) return false;
  }
  return true;
}

type Sound = 'vowel' | 'sonorant' | 'nasal' | 'voiceless' | 'voiced';

function finalSound(word: string): Sound {
  const ch = word.at(-1) ?? '';
  if ('аәеиоөұүыіюяэ'.includes(ch)) return 'vowel';
  if ('лрйу'.includes(ch)) return 'sonorant';
  if ('мнң'.includes(ch)) return 'nasal';
  if ('кқпстфхцчшщ'.includes(ch)) return 'voiceless';
  return 'voiced';
}

/** The first letter of each case ending after each final sound, and the ending's vowel pair. */
const ENDINGS: Readonly<Record<string, { onset: Record<Sound, string>; back: string; front: string }>> = {
  abl: {
    onset: { vowel: 'д', sonorant: 'д', voiced: 'д', nasal: 'н', voiceless: 'т' },
    back: 'ан',
    front: 'ен',
  },
  dat: {
    onset: { vowel: 'ғ', sonorant: 'ғ', voiced: 'ғ', nasal: 'ғ', voiceless: 'қ' },
    back: 'а',
    front: 'е',
  },
  loc: {
    onset: { vowel: 'д', sonorant: 'д', voiced: 'д', nasal: 'д', voiceless: 'т' },
    back: 'а',
    front: 'е',
  },
};

/**
 * The case ending (`abl`, `dat`, `loc`) for a value as written; after digits with a hyphen, as Kazakh writes
 * it ("4000-нан"), after a word without ("теңгеге"). Dative after a front-vowel voiceless sound is -ке.
 */
export function caseEnding(written: string, grammaticalCase: string): string {
  const rule = ENDINGS[grammaticalCase];
  if (!rule) return '';
  const { word, hyphen } = spokenEnd(written);
  const back = isBack(word);
  let onset = rule.onset[finalSound(word)];
  if (grammaticalCase === 'dat' && !back) onset = onset === 'қ' ? 'к' : 'г';
  return `${hyphen ? '-' : ''}${onset}${back ? rule.back : rule.front}`;
}

export const grammar: Grammar = {
  grouping: 'min2',
  dates: { long: '{year} жылғы {day} {month}' },
  qualifierTemplates: { moreThan: '{v:abl} астам', upTo: '{v:dat} дейін' },
  caseEnding,
};
