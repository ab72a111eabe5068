/**
 * clean/noise/constants: named patterns, alphabets and thresholds of the character-level noise passes.
 *
 * Every pattern says what it catches; Chinese examples are spelled out.
 */

/** Pinyin vowels carrying a tone mark (tones 1–4), plus ü and its toned forms: ā á ǎ à … ǖ ǘ ǚ ǜ ü. */
export const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';

/** Toned vowel → [plain vowel, tone number], for turning `chǎn` into `chan3`. */
export const TONE_TABLE: Readonly<Record<string, readonly [string, number]>> = Object.freeze(
  Object.fromEntries(
    [...'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'].map((ch, i) => {
      const base = 'aeiouü'[Math.floor(i / 4)];
      return [ch, [base === 'ü' ? 'v' : base, (i % 4) + 1] as const];
    }).concat([['ü', ['v', 0] as const], ['ê', ['e', 0] as const], ['ń', ['n', 2] as const], ['ň', ['n', 3] as const], ['ǹ', ['n', 4] as const], ['ḿ', ['m', 2] as const]]),
  ),
);

/** Quick pre-check: any toned pinyin vowel, or a digit-toned syllable closing a parenthesis (`chan3)`). */
export const PINYIN_PRECHECK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[a-z][1-5]\)/;

/** One syllable as written inside an annotation: lower-case letters with tone marks, or letters + tone digit. */
const SYLLABLE = `[a-z${TONE_MARKS}]{1,6}[1-5]?`;

/**
 * A pinyin annotation glued after a character: 產(chǎn) → `(chǎn)`, 會(huì), 產(chan3).
 * Group 1 = the syllable. The caller checks that it is real pinyin and a reading of the character before.
 */
export const PINYIN_ANNOTATION = new RegExp(`\\((${SYLLABLE})\\)`, 'g');

/**
 * A lost character: one or more `?` (what a decoder writes for a character it could not map) followed by the
 * pinyin the page glued after that character, with or without its opening parenthesis:
 * 日?(bào)訊 (日報訊), 日?bào)訊. Group 1 = the syllable.
 */
export const LOST_CHAR = new RegExp(`\\?\\(?(${SYLLABLE})\\)`, 'g');

/**
 * A bare run of `?` (optionally bridged by one `;` or `:`, as in 規?;?、): decoder replacement characters
 * without pinyin. Removed only in a Chinese context (see lost-char.ts).
 */
export const BARE_QUESTION_RUN = /\?(?:[;:]?\?)*/g;

/** A CJK unified ideograph (basic block, extension A, compatibility): 一 … 龥, 㐀 …. */
export const CJK_IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Chinese punctuation that may sit next to a lost character: 。，、；：！？“”‘’《》（）【】 and the ideographic space. */
export const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\u201c\u201d\u2018\u2019]/;

/** How many characters after a `?` the mojibake pass looks at for a byte-shifted run. */
export const MOJIBAKE_MAX_RUN = 12;

/** Characters outside the this-many most frequent (by the word list) count as rare. ~3,500 is the common set. */
export const COMMON_CHAR_COUNT = 3500;

/** Minimum jieba frequency for a word to count as "a known word" when judging bigrams. */
export const MIN_WORD_FREQ = 3;

/**
 * ASCII symbols typical of anti-scraping jammer tokens: ` # $ % & * + / \ ~ | ^ @ [ ] { } ; : ' " ! ( ) , . - = _ < >.
 * A jammer token is 1–3 characters of letters/digits and these.
 */
export const JAMMER_SYMBOLS = '`#$%&*+/\\~|^@[]{};:\'"!(),.-=_<>?';

/**
 * Symbols that almost never appear in short tokens of real text (unlike `,` `.` `(` `)` `-` `:` `;`,
 * and the comparison signs of `3 < 5`). A jammer run must hold one.
 */
export const JAMMER_STRONG_SYMBOLS = '`#$%&*+/\\~|^@[]{}\'"';

/** A token that can be part of a jammer run: 1–3 characters, letters, digits and jammer symbols only. */
export const JAMMER_TOKEN = /^[A-Za-z0-9`#$%&*+/\\~|^@[\]{};:'"!(),.\-=_<>?]{1,3}$/;

/** A maximal run of printable ASCII on one line (the places jammers live between Chinese text). */
export const ASCII_SEGMENT = /[\x20-\x7e]+/g;

/** Jammer runs need at least this many tokens. */
export const JAMMER_MIN_TOKENS = 3;

/** Mean token junk score (symbol token 1, letter+digit token 0.5, lone letter/digit 0.25) a run must reach. */
export const JAMMER_MIN_SCORE = 0.4;

/** A line holding nothing but a table/column bar after jammer removal: `|`. */
export const BAR_ONLY_LINE = /^[\s|]*$/;
