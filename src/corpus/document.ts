/**
 * corpus/document: one noisy copy of a clean document — boilerplate first (on Simplified text), then
 * character noise — and the noise plan that varies from document to document.
 */
import { addBoilerplate, DEFAULT_BOILERPLATE, NO_BOILERPLATE, type BoilerplateKind, type BoilerplateOptions, type PageMeta } from './boilerplate.ts';
import { applyCharNoise, DEFAULT_CHAR_NOISE, NO_CHAR_NOISE, type CharNoiseKind, type CharNoiseOptions } from './noise.ts';
import type { Rng } from './prng.ts';

export type NoiseKind = CharNoiseKind | BoilerplateKind;

/** What to do to one document. */
export interface NoisePlan {
  readonly chars: CharNoiseOptions;
  readonly boilerplate: BoilerplateOptions;
}

/** A noisy copy: its text and the noise kinds applied. */
export interface NoisyDocument {
  readonly text: string;
  readonly headline: string;
  readonly kinds: readonly NoiseKind[];
}

/**
 * Draw a noise plan: about one document in eight stays clean Simplified, the rest get
 * the default rates scaled by a random factor (0.5–1.5) and a Traditional variant.
 * @param traditional force Traditional (`true`, e.g. for Big5 output) or Simplified (`false`)
 */
export function drawPlan(rng: Rng, traditional?: boolean): NoisePlan {
  const clean = traditional !== true && rng.chance(0.125);
  if (clean) return { chars: NO_CHAR_NOISE, boilerplate: rng.chance(0.5) ? DEFAULT_BOILERPLATE : NO_BOILERPLATE };
  const f = () => 0.5 + rng.next();
  const variant = traditional === false ? null : rng.chance(0.8) ? 'tw' : 'hk';
  const d = DEFAULT_CHAR_NOISE;
  return {
    chars: {
      traditional: variant,
      pinyin: Math.min(1, d.pinyin * f()),
      lost: d.lost * f(),
      mojibake: d.mojibake * f(),
      html: d.html * f(),
      jammer: rng.chance(0.3) ? 0 : Math.min(1, d.jammer * f()),
    },
    boilerplate: DEFAULT_BOILERPLATE,
  };
}

/**
 * The plan for a copy written in Big5: no pinyin readings (tone marks), lost characters or GBK mojibake
 * (Big5 holds none of them), and Traditional characters a Big5 page can write.
 * @param plan a plan drawn with `drawPlan(rng, true)`
 */
export function forBig5(plan: NoisePlan): NoisePlan {
  return { ...plan, chars: { ...plan.chars, pinyin: 0, lost: 0, mojibake: 0, big5: true } };
}

/**
 * Make a noisy copy of a clean document.
 * @param text clean Simplified text (first line = headline)
 * @param page page metadata (for info bars and disclaimers)
 * @param plan rates
 * @param rng seeded generator
 */
export function makeNoisyDocument(text: string, page: PageMeta, plan: NoisePlan, rng: Rng): NoisyDocument {
  const headline = text.split('\n', 1)[0]!;
  const framed = addBoilerplate(text, page, plan.boilerplate, rng);
  const noisy = applyCharNoise(framed.text, plan.chars, rng, [headline]);
  const kinds = [...new Set<NoiseKind>([...framed.kinds, ...noisy.kinds])].sort();
  return { text: noisy.text, headline, kinds };
}
