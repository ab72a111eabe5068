/**
 * extract/people/lexicon: title heads and surnames (data/titles), and the named patterns of the
 * people stage. Loaded once, lazily.
 */
import { readFileSync } from 'node:fs';
import { Automaton } from '../automaton.ts';
import { sticky } from '../sticky.ts';

const DATA_DIR = new URL('../../../data/titles/', import.meta.url);

/** The loaded lexicons. */
export interface PeopleLexicon {
  /** A title head right before a name: 市长, 副市长, 书记, 局长 ... (longest alternative first). */
  readonly titleHead: RegExp;
  /**
   * `titleHead` as a sticky pattern, and its title words: it is tried only where one of them starts
   * (one in seven of the positions holding a title's first character, 市 区 副 …).
   */
  readonly titleHeadAt: RegExp;
  readonly titleWords: Automaton;
  /** A title head at the end of a string: validates one part of a title chain. */
  readonly titleEnd: RegExp;
  readonly surnames: ReadonlySet<string>;
  readonly compoundSurnames: ReadonlySet<string>;
}

let cached: PeopleLexicon | null = null;

function lines(file: string): string[] {
  return readFileSync(new URL(file, DATA_DIR), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** The lexicons, built on first use. */
export function loadPeopleLexicon(): PeopleLexicon {
  if (cached) return cached;
  const heads = lines('titles.txt').sort((a, b) => b.length - a.length);
  const alt = heads.join('|');
  const surnames = new Set<string>();
  const compoundSurnames = new Set<string>();
  for (const l of lines('surnames.txt')) {
    for (const w of l.split(/\s+/)) {
      if (w.length === 2 && l.includes(' ')) compoundSurnames.add(w);
      else for (const ch of w) surnames.add(ch);
    }
  }
  // Not 与会领导 / 有关领导 / 市级领导 (the attending leaders, leaders of a level), not 委员会 / 书记处 (an organization), not
  // 链长制 / 河长制 (a system of posts). A name follows, or spaces, a name and a colon (a broadcast caption: 局长 孙某华:).
  const titleHead = new RegExp(`(?<!与会|有关|相关|各级|[省市县区]级)(?:${alt})(?![会处制])(?=[\\u4e00-\\u9fff]|[ \\u3000]{1,2}[\\u4e00-\\u9fff]{2,3}[:：])`, 'g');
  cached = {
    titleHead,
    titleHeadAt: sticky(titleHead),
    titleWords: new Automaton(heads),
    titleEnd: new RegExp(`(?:${alt})$`),
    surnames,
    compoundSurnames,
  };
  return cached;
}

/**
 * What may follow a person's name: punctuation, or a word that starts the predicate —
 * 主持 (chairs), 强调 (stresses), 指出 (points out), 参加 (attends), 调研 (inspects), 在 (at),
 * 与 (with), 等 (and others), 一行 (and party), 随行 (goes along) ...
 */
export const AFTER_NAME =
  /[\s，,。、；;：:！!？?）)（(“”"]|$|主持|强调|指出|表示|参加|出席|调研|走访|考察|视察|察看|检查|讲话|致辞|要求|介绍|会见|会晤|陪同|签订|签署|签约|一行|随行|率|带|深入|实地|来到|前往|到|赴|先后|作|要|发布|通报|汇报|发言|部署|宣读|看望|慰问|率领|颁发|点评|见证|启动|按下|认真|详细|听取|宣布|说|同志|等|在|与|和|及|同|向|对|为|就|也|是|将|已|还|一|的|分别|共同|主|代表|坚持|希望|肯定|充分|寄语|感谢|对此|摄|推介|答记者问|答问|建议|提出|提交/y;

/** A single character after which a 3-char reading of a name is doubtful (韩正在 → 韩正 + 在). */
export const WEAK_THIRD = /[在与和及等同向对为就也是将已还一的说率带主到作要赴]/;

/** Words that are never names (nor a name's first two characters) even after a title: 市长热线, 局长信箱, 书记重要讲话, 副市长出席并讲话 ... */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  '热线', '信箱', '重要', '讲话', '同志', '一行', '助理', '单位', '职务', '人选', '候选', '办公', '批示', '指示',
  '亲自', '专门', '先后', '分别', '随后', '一起', '一同', '共同', '带队', '率队', '主持', '强调', '指出', '表示',
  '参加', '出席', '陪同', '调研', '等人', '们', '代表', '班子', '职责', '任期', '接待', '走访', '首先', '提出',
  '介绍', '推介', '致辞', '宣布', '要求', '部署', '汇报', '通报', '发言', '带领', '看望', '慰问', '会见', '考察', '视察',
  '察看', '检查', '听取', '详细', '认真', '实地', '深入', '来到', '前往', '希望', '肯定', '见证', '启动', '发布',
]);

/**
 * Characters that (almost) never occur in a name: non-Han, and function words 的 了 在 是 与 及 等
 * 对 将 要 把 被 这 那 之 其 们, 年 月 日 时 个 位, and the verbs 到 赴 (州长到河口调研). (向 为 和 do occur: 高向荣.)
 */
export const NON_NAME_CHAR = /[^\u4e00-\u9fff]|[的了在是与及等对将要把被这那之其们年月日时个位到赴]/;

/**
 * Reporter credits: 记者 (reporter) with its prefixes 全媒体 / 全媒 / 融媒体 / 本报 / 首席 / 见习 /
 * 实习, or 通讯员 (correspondent); spaced forms (记 者) too. The names follow, ended by a
 * bracket, line break or 摄 (photo by).
 */
export const CREDIT = /(?:(?:全媒体|全媒|融媒体?|本报|本台|首席|见习|实习|特约)?记\s*者|通讯员)[\s:：]*((?:[\u4e00-\u9fff·](?:\s(?=[\u4e00-\u9fff]))?){2,32})/g;

/** Staff words inside a credit that are not names: 实习生 (intern), 见习记者, 通讯员, 摄影, 摄像, 编辑. */
export const CREDIT_ROLE = /^(?:(?:全媒体|全媒|融媒体?|本报|本台|首席|见习|实习|特约)?记者|实习生|通讯员|摄影|摄像|编辑|责编)$/;

/**
 * A transliterated (Uyghur, Mongolian, Tibetan …) name with a middle dot: 阿不都热依木·买买提. Parts of
 * 1–8 characters; the caller trims the last part to a name boundary.
 */
export const DOTTED_NAME = /[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2}/y;

/**
 * A title part whose government prefix repeats its head: 省政府副省长, 市人民政府市长 (the head 副省长
 * already names the level), read as the bare head. 自治区政府副主席 keeps its prefix (主席 names no level).
 */
export const REDUNDANT_GOVERNMENT = /^(?:省|市|县|区)(?:人民)?政府((?:常务)?副?(?:省|市|县|区)长)$/;

/** Clause delimiters: where a title chain cannot reach back past (【同期声】 labels a transcript's caption). */
export const CLAUSE_BREAK = /[，,。；;：:！!？?\n“”"（）【】]/;

/**
 * Fillers cut off the front of a title chain: 由 (by), 会见 (met), 陪同 (accompanying), 以及 (and),
 * 贯彻 / 落实 / 学习 (implement, study — a speech referred to), 根据 / 按照 (according to), an interview's
 * ——访 / 专访 / 采访 (a headline's ——访某市某局局长某某) ...
 */
export const CHAIN_FILLER = /^.*(?:来自[^、，,。]*?的|选举|推选|由|以及|会见|陪同|听取|邀请|贯彻|落实|学习|根据|按照|传达|并|与|及|在|请|—+访?|专访|采访)/;

/** After a name: speech or action of the main actor (lead): chairs, inspects, attends and speaks. */
export const LEAD_VERBS = /主持|调研|走访|考察|视察|出席|讲话|致辞|强调|指出|要求|带队|率队|宣布|表示|揭牌/g;

/**
 * Of the lead verbs, the acts that run the event (weigh 4): 宣布 (announces the opening), 主持 (chairs),
 * 调研/走访/考察/视察 (inspects), 出席 (attends as guest of honour), 带队/率队 (leads), 揭牌 (unveils).
 * The rest — 讲话, 致辞, 强调, 指出, 要求, 表示 — are speech (weigh 2): a speaker who 致辞 and later 表示
 * does not outrank the official who 宣布开工.
 */
export const RUNS_EVENT = /主持|调研|走访|考察|视察|出席|带队|率队|宣布|揭牌/;

/** After a name (or a list of names): present but not leading — attends, accompanies. */
export const PARTICIPANT_VERBS = /参加|陪同|列席|参与|出席/;

/** After a name within its clause: referred to, not present — 讲话精神 (the spirit of a speech), 批示. */
export const REFERENCED_AFTER = /^[^，,。；;]{0,16}?(?:讲话精神|重要讲话|重要指示|指示精神|批示|重要论述|讲话要求)/;

/** A name right before 总书记 / 同志: a leader referred to (习近平总书记). */
export const REFERENCED_LEADER = /([\u4e00-\u9fff]{2,3}?)(总书记)/g;
