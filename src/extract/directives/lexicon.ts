/**
 * Named patterns of the directives stage. Each says what it catches.
 */

/**
 * A speech verb: 强调 (stressed), 指出 (pointed out), 要求 (required), 表示 (said), 希望 (hoped),
 * 提出 (put forward), 说 (said; the speaker must stand right before it, so 据说/说明 never qualify).
 * Not when it is a noun (的要求, 提出的), a thank-you (表示感谢, 表示欢迎, 表示祝贺) or 说明/说服/说法.
 */
export const SPEECH_VERB = /(?<!的)(强调指出|强调|指出|要求|表示|希望|提出|说)(?!的|感谢|欢迎|祝贺|慰问|敬意|哀悼|明|服|法)/g;

/**
 * What may stand between a speaker and the verb: 在讲话中 / 在调研时 / 在会上 (in the speech, at the
 * meeting), 还 / 也 / 同时 / 进一步 / 最后 (also, further, finally), 对此 (on this). Anchored at the end.
 */
export const BETWEEN_SPEAKER_AND_VERB = /^(?:在[^，,。；;！？\n]{0,24}?(?:中|时|上|后)[，,]?)?(?:还|也|同时|进一步|最后|对此|充分肯定[^，,。]{0,12}[，,])?$/;

/** A pronoun standing for the speaker: 他 (he), 她 (she), right before the verb or its adjuncts. */
export const PRONOUN = /(他|她)(?:在[^，,。；;！？\n]{0,24}?(?:中|时|上|后)[，,]?)?(?:还|也|同时|进一步|最后)?$/;

/** A meeting as the speaker: 会议强调, 会议指出 (the meeting stressed). */
export const MEETING = /会议$/;

/** Where a directive clause starts: a 要 that opens a clause (not 主要/需要/重要/只要/不要, not 要求/要素/要点). */
export const YAO_START = /(?:^|[，,；;：:])\s*(?=要(?![求素点]))/g;

/** Clause separators inside a speech: semicolons and full stops. */
export const CLAUSE_END = /[；;。！？!?\n]/;

/** A sentence that continues a speech in the 要 form: 要…, 一是要…, 二要…, 同时要…, 此外，要…. */
export const CONTINUES = /^\s*(?:[一二三四五六七八九十]是要?|[一二三四五六七八九十]要|同时[，,]?要|此外[，,]?要|还要|更要|要(?![求素点]))/;
