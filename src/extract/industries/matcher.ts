/**
 * Industry mentions: one precompiled trie over every name and synonym of the taxonomy, matched
 * leftmost-longest (so 新能源汽车 wins over 新能源 and 能源). Two guards keep
 * precision: Latin surfaces (AI, LED, 5G) never touch other Latin letters or digits, and a surface
 * inside a government body's or a testing/research body's name (农业农村局, 检验检测中心) is not an
 * industry mention; two-character surfaces must be words of their own by jieba's segmentation.
 */
import { alignsWithWords } from '../../text/segment.ts';
import { notIndustries, taxonomy, type Industry } from './taxonomy.ts';
import { buildTrie, longestAt, nextStart, type Trie } from './trie.ts';
import { charTable, has, unitTable, type CodeUnitSet } from '../sticky.ts';

/** One industry mention in a text. */
export interface IndustryHit {
  readonly industry: Industry;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Compiled {
  readonly trie: Trie;
  readonly bySurface: ReadonlyMap<string, Industry>;
}
let compiled: Compiled | undefined;

function compile(): Compiled {
  const bySurface = new Map<string, Industry>();
  for (const ind of taxonomy().list) for (const s of [ind.name, ...ind.synonyms]) if (!bySurface.has(s)) bySurface.set(s, ind);
  // Blocked compounds (会展中心) join the trie so that they win as longest matches, then are dropped.
  return { trie: buildTrie([...bySurface.keys(), ...notIndustries()]), bySurface };
}

/** Latin letters and digits: a Latin surface must not be glued to them (AI in `MAIL`, 5G in `15G`). */
const LATIN = unitTable(/[A-Za-z0-9]/);
/** Where the words after a surface stop: punctuation, spaces and joining particles. */
const RUN_END = unitTable(/[\s，。、；：,.;:（）()“”"《》!?！？和与及等的在]/);
/** A government body's name ends in one of these: 局 厅 委 办 署. */
const GOVERNMENT_END = charTable(['局厅委办署']);
/** …but a run that still names an industry, a cluster or a place of industry is not a government body. */
const INDUSTRIAL_RUN = /产业|行业|企业|集群|园|基地|中心|协会/;

/** Punctuation and list particles: a short surface between two of these is a word of its own. */
const WORD_EDGE = unitTable(/[\s，。、；：,.;:（）()“”"《》!?！？和与及等]/);
/** Words after a short surface that end it as a word: 产业 行业 企业 集群 (光伏产业). */
const EDGE_AFTER = /产业|行业|企业|集群/y;

/** True when [from, to) is plainly a word of its own, so the segmenter need not be asked. */
function plainWord(text: string, from: number, to: number): boolean {
  if (from > 0 && !has(WORD_EDGE, text.charCodeAt(from - 1))) return false;
  if (to >= text.length || has(WORD_EDGE, text.charCodeAt(to))) return true;
  EDGE_AFTER.lastIndex = to;
  return EDGE_AFTER.test(text);
}

/** Surfaces this short are checked against word segmentation (人参 in 负责人参加 is no industry). */
const SHORT = 2;
/**
 * A testing or research body's name ends in one of these: its field is not an industry mention. 平台 too
 * (检验检测平台: a kind of platform, not the testing industry).
 */
const PLATFORM_END = /(中心|研究院|研究所|实验室|检测站|平台)$/;
/** Last characters of PLATFORM_END's words: only a string ending in one can match it. */
const PLATFORM_LAST = charTable(['心院所室站台']);

/** True when some code unit of `s[0, end)` is in `table`. */
function hasUnitBefore(s: string, end: number, table: CodeUnitSet): boolean {
  for (let i = 0; i < end && i < s.length; i++) if (has(table, s.charCodeAt(i))) return true;
  return false;
}

/** The words right after `end`, up to `max` characters or the first punctuation or particle. */
function wordsAfter(text: string, end: number, max: number): string {
  const limit = Math.min(text.length, end + max);
  let i = end;
  while (i < limit && !has(RUN_END, text.charCodeAt(i))) i++;
  return text.slice(end, i);
}


/** A company's name ends in one of these: 公司 (有限公司, 分公司), 集团, 股份, 厂. */
const COMPANY_END = /(公司|集团|股份|厂)$/;
/**
 * Chain words written right after an industry and kept in its mention, which keeps the industry's
 * id: 新材料/材料 (有色金属新材料, 储能材料), 装备 (陶瓷装备), 精深加工/深加工/加工 (粮食精深加工).
 */
const HEAD_AFTER = /新材料|材料|装备|精深加工|深加工|加工/y;
/**
 * Nouns that make the industry word before them a modifier of something else, not an industry
 * mention: 成本 (物流成本, cost), 观光 (文旅观光), 配送 (物流配送), 批准 (药品批准文号), 体系 (检验检测体系),
 * 安全 (能源安全), 消费 (consumption), 枢纽 (物流枢纽, a hub city), 诉求 (物流诉求, a firm's needs), 往来 (物流与人才往来,
 * flows between places), 无人机 (物流无人机, a kind of drone); 的意见/的诉求/的需求/的问题 (企业关于出口物流的意见: a
 * firm's needs, not the trade), and 与/和 + a word + 往来 (物流与人才往来便利: flows between places).
 */
const MODIFIED_AFTER = /成本|观光|配送|批准|体系|安全|消费|枢纽|诉求|往来|无人机|的(?:意见|诉求|需求|问题)|[与和][^，,。；;、]{1,3}往来/y;
/** Quality words written before an industry and kept in its mention: 绿色 (green), 新型 (new-type). */
const MODIFIERS_BEFORE = ['绿色', '新型'];

/** True when one of MODIFIERS_BEFORE ends right at `start` (as a test of `/(绿色|新型)$/` on the two characters before). */
function modifierBefore(text: string, start: number): boolean {
  return start >= 2 && MODIFIERS_BEFORE.some((w) => text.startsWith(w, start - 2));
}

/**
 * 氢燃料电池发动机: an engine (发动机) written right after a battery or cell industry (燃料电池) is that
 * industry's product, not a combustion engine (内燃机).
 */
function engineOfCell(text: string, start: number, surface: string, hits: readonly IndustryHit[]): boolean {
  if (surface !== '发动机') return false;
  const last = hits[hits.length - 1];
  return last !== undefined && last.end === start && text.startsWith('电池', start - 2);
}

/** Last characters of the company ends (公司 集团 股份 厂): only a run ending in one can end in COMPANY_END. */
const COMPANY_LAST = charTable(['司团份厂']);

/**
 * True when the surface ending at `end` runs on into another body's name, read from the words after
 * it (one run of up to 10 characters, its prefixes for the shorter looks):
 *   - a government body's name (the first 6 characters hold 局 厅 委 办 署 and name no industry);
 *   - a testing or research body's name (a prefix of the first 8 ends in 中心, 研究院, 平台 …: 检验检测中心发挥作用);
 *   - a company's name (the shortest prefix ending in 公司 集团 股份 厂 names no industry: 远景能源集团,
 *     汇通铸造有限公司).
 */
function insideOtherName(text: string, end: number): boolean {
  const run = wordsAfter(text, end, 10);
  if (hasUnitBefore(run, 6, GOVERNMENT_END) && !INDUSTRIAL_RUN.test(run.slice(0, 6))) return true;
  // The body's head word may end any prefix of the first 8 characters: 检验检测中心发挥作用, 非织造布检验检测中心提升.
  for (let k = Math.min(8, run.length); k >= 2; k--) {
    if (has(PLATFORM_LAST, run.charCodeAt(k - 1)) && PLATFORM_END.test(run.slice(0, k))) return true;
  }
  for (let k = 1; k <= run.length; k++) {
    if (!has(COMPANY_LAST, run.charCodeAt(k - 1))) continue;
    const prefix = run.slice(0, k);
    if (COMPANY_END.test(prefix)) return !INDUSTRIAL_RUN.test(prefix);
  }
  return false;
}

/**
 * Every industry mention in `text`, in order. `excluded` are spans (sorted by start) whose words
 * are names, not industry mentions: the companies, government bodies, parks and platforms the
 * organization stage found.
 */
export function findIndustries(text: string, excluded: readonly { start: number; end: number }[] = []): IndustryHit[] {
  compiled ??= compile();
  const { trie, bySurface } = compiled;
  const hits: IndustryHit[] = [];
  let x = 0;
  // Leftmost-longest: a rejected surface is skipped whole, as an accepted one is.
  for (let start = 0, next = 0; start < text.length; start = next) {
    const s = longestAt(trie, text, start);
    if (s === null) {
      next = nextStart(trie, text, start + 1);
      continue;
    }
    const end = start + s.length;
    next = end;
    if (!bySurface.has(s)) continue;
    const latin = has(LATIN, s.charCodeAt(0));
    if (latin && start > 0 && has(LATIN, text.charCodeAt(start - 1))) continue;
    if (has(LATIN, s.charCodeAt(s.length - 1)) && end < text.length && has(LATIN, text.charCodeAt(end))) continue;
    while (x < excluded.length && excluded[x]!.end <= start) x++;
    if (x < excluded.length && excluded[x]!.start < end) continue;
    if (insideOtherName(text, end)) continue;
    if (engineOfCell(text, start, s, hits)) continue;
    const mod = modifierBefore(text, start);
    const from = mod && !(hits.length && hits[hits.length - 1]!.end > start - 2) ? start - 2 : start;
    MODIFIED_AFTER.lastIndex = end;
    if (MODIFIED_AFTER.test(text)) continue;
    HEAD_AFTER.lastIndex = end;
    const head = HEAD_AFTER.exec(text);
    const to = head ? end + head[0].length : end;
    // 绿色食品 is one word to the segmenter: check the span with its modifier and chain word.
    if (s.length <= SHORT && !latin && !plainWord(text, from, to) && !alignsWithWords(text, from, to)) continue;
    hits.push({ industry: bySurface.get(s)!, start: from, end: to, text: text.slice(from, to) });
    next = to;
  }
  return hits;
}
