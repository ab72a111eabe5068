/**
 * normalize/constants: the character classes the normalization passes act on.
 */

/** OpenCC locale the input is read as. `tw` (Taiwan variants → OpenCC standard → mainland) also
 * fixes the 著/着 of 看著 → 看着, which `hk` keeps; `twp` would also swap vocabulary (軟體 → 软件),
 * which changes wording rather than script, so it is not used. */
export const OPENCC_FROM = 'tw';

/**
 * Variant characters OpenCC's `tw` → `cn` dictionaries leave as they are, each with its Simplified form:
 * 衞 (the Hong Kong standard form of 衛) → 卫, 緖 (a variant of 緒) → 绪, 粧 (of 妝) → 妆, 蔴 (of 麻) → 麻.
 * Applied to OpenCC's output (General Standard Chinese Characters table, 2013: none of them is standard).
 */
export const VARIANTS_OPENCC_KEEPS: ReadonlyMap<string, string> = new Map([
  ['衞', '卫'],
  ['緖', '绪'],
  ['粧', '妆'],
  ['蔴', '麻'],
]);

/** Offset between a full-width form (block U+FF01–FF5E, "！" … "～") and its ASCII twin (U+0021–007E). */
export const FULLWIDTH_OFFSET = 0xfee0;

/**
 * Full-width forms that are ordinary Chinese punctuation and stay as written:
 * ，(comma U+FF0C) ：(colon U+FF1A) ；(semicolon U+FF1B) ？(question U+FF1F) ！(exclamation U+FF01).
 * The rest of the block — letters ＡＢＣ, digits １２３, brackets （）［］, ％＋－／＝ … — becomes ASCII,
 * so numbers and codes read the same everywhere. Parentheses are converted: crawled pages already
 * mix `(全媒记者…)` and `（…）`, and one form keeps downstream patterns simple.
 * (。、“”《》 are outside the block and never touched.)
 */
export const KEEP_FULLWIDTH = new Set(['，', '：', '；', '？', '！']);

/**
 * Odd spaces folded to an ASCII space: NBSP (U+00A0), the typographic spaces U+2000–U+200A,
 * zero-width space (U+200B), narrow NBSP (U+202F), medium math space (U+205F),
 * ideographic space "　" (U+3000) and a stray BOM / zero-width no-break space (U+FEFF).
 * Zero-width ones (U+200B, U+FEFF) are removed rather than turned into a visible space.
 */
export const ODD_SPACE = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;

/** Zero-width characters among ODD_SPACE: removed, not replaced. */
export const ZERO_WIDTH = new Set(['\u200B', '\uFEFF']);


/** CJK Compatibility Ideographs (U+F900–U+FAFF): OpenCC normalizes them, so they trigger conversion too. */
export const CJK_COMPAT = '\uF900-\uFAFF';
