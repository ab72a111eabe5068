/**
 * corpus/noise: character-level noise as crawled copies of Chinese news pages show it, applied to a
 * clean Simplified document with a seeded generator. Every kind has its own rate; a rate of 0 turns it
 * off. The result lists which kinds were actually applied, so tests and manifests can say so.
 *
 * Kinds (see corpus/README.md and the samples' README):
 *   traditional   Simplified → Traditional (OpenCC cn → tw or hk)
 *   pinyin        a reading with tone marks glued after a character: 產(chǎn)
 *   lost-char     a character lost to `?`, its reading kept: 日?(bào)訊
 *   mojibake      a short run encoded as GBK, one byte dropped, decoded again, prefixed `?`
 *   html-remnant  stray tags and entities: </b>, ?/b>, &nbsp;
 *   jammer        anti-scraping strings of short ASCII tokens at line starts (spaced, glued, or after a list
 *                 item's bullet), ends and mid-line
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import iconv from 'iconv-lite';
import { big5Writable } from './big5.ts';
import type { Rng } from './prng.ts';

/** Which Traditional variant a document is converted to. */
export type TraditionalVariant = 'tw' | 'hk';

/** Rates of the character-level noise kinds. */
export interface CharNoiseOptions {
  /** Convert to Traditional characters (null: stay Simplified). */
  readonly traditional: TraditionalVariant | null;
  /** Probability that a character changed by the conversion gets its reading glued after it. */
  readonly pinyin: number;
  /** Probability that an annotated character is lost to `?` (only its reading survives). */
  readonly lost: number;
  /** Probability per line of one GBK byte-shift mojibake run. */
  readonly mojibake: number;
  /** Probability per line of an HTML remnant. */
  readonly html: number;
  /** Probability per line of a jammer at its start, at its end, and (half as often) mid-line. */
  readonly jammer: number;
  /**
   * The text will be written in Big5: Traditional characters Big5 cannot encode fall back to ones it can
   * (`corpus/big5.ts`), as a real Big5 page writes them. Absent: any Traditional form goes.
   */
  readonly big5?: boolean;
}

/** Defaults: about as noisy as the worst of the samples. */
export const DEFAULT_CHAR_NOISE: CharNoiseOptions = Object.freeze({
  traditional: 'tw',
  pinyin: 0.35,
  lost: 0.03,
  mojibake: 0.12,
  html: 0.08,
  jammer: 0.45,
});

/** No character noise at all (Simplified, untouched). */
export const NO_CHAR_NOISE: CharNoiseOptions = Object.freeze({
  traditional: null,
  pinyin: 0,
  lost: 0,
  mojibake: 0,
  html: 0,
  jammer: 0,
});

export type CharNoiseKind = 'traditional' | 'pinyin' | 'lost-char' | 'mojibake' | 'html-remnant' | 'jammer';

/** A noisy text and the noise kinds that were applied to it. */
export interface NoisyText {
  readonly text: string;
  readonly kinds: readonly CharNoiseKind[];
}

// One CJK unified ideograph (the basic block is all the corpus uses).
const CJK_CHAR = /[\u4e00-\u9fff]/;
// A run of 4+ CJK ideographs with nothing else between: a place where mojibake can hit.
const CJK_RUN = /[\u4e00-\u9fff]{4,}/g;
// A place inside a line where a jammer can go: after an ideograph or ，。, before an ideograph.
const MID_LINE_CUT = /[\u4e00-\u9fff,，。](?=[\u4e00-\u9fff])/g;
// Jammer alphabet: letters, digits and the ASCII symbols seen in anti-scraping strings (`; x/ \`# V; F0 A#`).
const JAMMER_ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const JAMMER_SYMBOLS = ';/`#~&+-,.*[]{}()!$%^\'":|?@\\_=<>';
// HTML remnants left by careless tag stripping: a closing tag, one whose `<` was lost to `?`, entities.
const HTML_REMNANTS = ['</b>', '?/b>', '</strong>', '<br>', '&nbsp;', '</p>', '?/span>'];

const converters = new Map<TraditionalVariant, (s: string) => string>();
function converter(variant: TraditionalVariant): (s: string) => string {
  const known = converters.get(variant);
  if (known) return known;
  const made: (s: string) => string = OpenCC.Converter({ from: 'cn', to: variant });
  converters.set(variant, made);
  return made;
}

const readings = new Map<string, string>();
/** The toned pinyin reading of one character (context-free, cached). */
export function readingOf(char: string): string {
  let r = readings.get(char);
  if (r === undefined) {
    r = CJK_CHAR.test(char) ? pinyin(char, { toneType: 'symbol' }) : '';
    readings.set(char, r);
  }
  return r;
}

/** Convert Simplified text to Traditional (OpenCC `cn` → `tw` or `hk`). */
export function toTraditional(text: string, variant: TraditionalVariant = 'tw'): string {
  return converter(variant)(text);
}

let hkToTw: ((s: string) => string) | null = null;

/**
 * Convert Simplified text to Traditional that Big5 can encode: OpenCC's form where Big5 holds it, else
 * the Taiwan form, the Hong Kong form, the Taiwan form of a Traditional character already in the text
 * (OpenCC `hk` → `tw`: 衞 → 衛) or the Simplified character (峯 → 峰, 閲 → 閱, 説 → 說).
 * @example toBig5Traditional('罗云峰阅读', 'hk') // '羅雲峰閱讀'
 */
export function toBig5Traditional(text: string, variant: TraditionalVariant = 'tw'): string {
  const trad = toTraditional(text, variant);
  const toTw = (hkToTw ??= OpenCC.Converter({ from: 'hk', to: 'tw' }));
  return big5Writable(trad, [toTraditional(text, 'tw'), toTraditional(text, 'hk'), toTw(trad), text]);
}

/** One jammer string: 3–9 short tokens of letters, digits and ASCII symbols, space-separated. */
export function jammer(rng: Rng): string {
  const n = rng.int(3, 9);
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = rng.chance(0.75) ? rng.pick([...JAMMER_ALNUM]) : rng.pick([...JAMMER_SYMBOLS]);
    tokens.push(rng.chance(0.7) ? a + rng.pick([...JAMMER_SYMBOLS]) : a);
  }
  return tokens.join(' ');
}

// A list item's bullet at a line start (related-article lists: `- 某研究院:…`).
const BULLET_START = /^- /;
// Jammers that sit after a list item's bullet: those opening with a capital letter (about a third).
const AFTER_BULLET = /^[A-Z]/;
// Jammers glued to the text they precede, with no space: those ending in # or @ (about one in twenty).
const GLUED = /[#@]$/;

/**
 * A line with a jammer at its start: before it with a space (`; x/ F0 相关阅读`), glued to it
 * (`; x/ V; F0 A#相关阅读`), or, in a list item, between the bullet and the headline (`- Q b) , w 周…`).
 * The form is read off the jammer itself, so the generator's random stream is the same as with one form.
 * @example withStartJammer('- 某研究院:…', 'Q b) , w') // '- Q b) , w 某研究院:…'
 */
export function withStartJammer(line: string, j: string): string {
  if (BULLET_START.test(line) && AFTER_BULLET.test(j)) return `- ${j} ${line.slice(2)}`;
  return GLUED.test(j) ? `${j}${line}` : `${j} ${line}`;
}

/**
 * GBK byte-shift mojibake of a run: encode as GBK, drop the first byte, decode as GBK, prefix `?`
 * (what a page shows when a multi-byte sequence lost its lead byte). Undecodable bytes become `?`.
 */
export function gbkShift(run: string): string {
  const bytes = iconv.encode(run, 'gbk');
  return '?' + iconv.decode(bytes.subarray(1), 'gbk').replace(/\uFFFD/g, '?');
}

/**
 * Apply character-level noise to a clean Simplified text.
 * @param text clean Simplified text, lines separated by `\n`
 * @param options rates of each noise kind
 * @param rng seeded generator (the output depends only on text, options and the generator's state)
 * @param protect lines (as written in `text`) that get no noise besides the Traditional conversion
 * @returns the noisy text and the kinds applied
 * @example applyCharNoise('湖北省产业发展\n正文……', DEFAULT_CHAR_NOISE, createRng(1))
 */
export function applyCharNoise(
  text: string,
  options: CharNoiseOptions,
  rng: Rng,
  protect: readonly string[] = [],
): NoisyText {
  const kinds = new Set<CharNoiseKind>();
  const convert = options.big5 === true ? toBig5Traditional : toTraditional;
  const trad = options.traditional ? convert(text, options.traditional) : text;
  if (trad !== text) kinds.add('traditional');
  // OpenCC's cn→tw/hk tables map character for character here; if a phrase ever changed length,
  // compare against the converted text itself so that alignment is never wrong.
  const simp = trad.length === text.length ? text : trad;
  const srcLines = simp.split('\n');
  const outLines: string[] = [];
  let offset = 0;
  for (const srcLine of srcLines) {
    const line = trad.slice(offset, offset + srcLine.length);
    offset += srcLine.length + 1;
    if (protect.includes(srcLine) || line.trim() === '') {
      outLines.push(line);
      continue;
    }
    outLines.push(noisyLine(line, srcLine, options, rng, kinds));
  }
  // Pages often end in lines of nothing but jammer strings.
  if (text.trim() !== '' && rng.chance(options.jammer)) {
    const n = rng.int(1, 4);
    for (let i = 0; i < n; i++) outLines.push(jammer(rng));
    kinds.add('jammer');
  }
  return { text: outLines.join('\n'), kinds: [...kinds].sort() };
}

function noisyLine(line: string, simp: string, o: CharNoiseOptions, rng: Rng, kinds: Set<CharNoiseKind>): string {
  // 1. mojibake: pick one clean CJK run before anything is glued in
  let mojiStart = -1;
  let mojiLen = 0;
  if (rng.chance(o.mojibake)) {
    const runs = [...line.matchAll(CJK_RUN)];
    if (runs.length > 0) {
      const run = rng.pick(runs);
      mojiLen = rng.int(3, Math.min(6, run[0].length));
      mojiStart = run.index! + rng.int(0, run[0].length - mojiLen);
    }
  }
  // 2. pinyin and lost characters, character by character
  let out = '';
  for (let i = 0; i < line.length; i++) {
    if (i === mojiStart) {
      out += gbkShift(line.slice(i, i + mojiLen));
      kinds.add('mojibake');
      i += mojiLen - 1;
      continue;
    }
    const c = line[i]!;
    const changed = c !== simp[i];
    const rate = o.traditional ? (changed ? o.pinyin : 0) : o.pinyin * 0.3;
    if (CJK_CHAR.test(c) && rng.chance(rate)) {
      const r = readingOf(simp[i]!);
      if (r) {
        if (rng.chance(o.lost)) {
          out += `?(${r})`;
          kinds.add('lost-char');
        } else {
          out += `${c}(${r})`;
          kinds.add('pinyin');
        }
        continue;
      }
    }
    out += c;
  }
  // 3. an HTML remnant after a random character or at the end
  if (rng.chance(o.html)) {
    const at = rng.chance(0.5) ? out.length : rng.int(1, Math.max(1, out.length - 1));
    out = out.slice(0, at) + rng.pick(HTML_REMNANTS) + out.slice(at);
    kinds.add('html-remnant');
  }
  // 4. jammers: line start, line end, mid-line
  if (rng.chance(o.jammer)) {
    out = withStartJammer(out, jammer(rng));
    kinds.add('jammer');
  }
  if (rng.chance(o.jammer)) {
    out = `${out}${rng.chance(0.5) ? ' ' : ''}${jammer(rng)}`;
    kinds.add('jammer');
  }
  if (rng.chance(o.jammer / 2)) {
    // only between two ideographs (or after a comma/full stop), never inside a reading or a tag
    const cuts = [...out.matchAll(MID_LINE_CUT)].map((m) => m.index! + 1);
    if (cuts.length > 0) {
      const at = rng.pick(cuts);
      out = `${out.slice(0, at)} ${jammer(rng)} ${out.slice(at)}`;
      kinds.add('jammer');
    }
  }
  return out;
}
