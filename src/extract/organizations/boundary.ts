/**
 * Where an organization name starts. A name is the run of name characters before its head word
 * (region, modifiers, industry words), cut after the last word that cannot be inside a name:
 * verbs and prepositions of the sentence (来到 调研 支持 在 到 是 …), quantifiers and scope words
 * (首家 一批 全省 …), a capacity figure (年产10万吨), or a conjunction whose left side is already a
 * whole name (市发改委和市商务局 are two). A conjunction inside a name stays (专汽和应急装备检测研发基地).
 */

import { Automaton } from '../automaton.ts';
import { charTable, has, unitTable, type CodeUnitSet } from '../sticky.ts';

/** Characters a name is made of: CJK, Latin letters, digits, and brackets around a place. */
const NAME_CHAR = unitTable(/[\u4e00-\u9fffA-Za-z0-9()（）·]/);
/** Longest run looked at before a head word. */
const MAX_RUN = 24;

/** Words that end the sentence part before a name: verbs, prepositions, particles, scope and quantity words. */
const STOP_WORDS = [
  '来到', '走进', '深入', '调研', '考察', '察看', '视察', '参观', '了解', '看望', '慰问', '前往', '推动', '推进', '支持', '指导',
  '召开', '举行', '主持', '出席', '参加', '陪同', '带领', '率领', '组织', '听取', '建好', '打造', '落户', '成立', '组建', '签约',
  '签署', '引进', '入驻', '依托', '携手', '会同', '包括', '其中', '获批', '认定为', '入选', '成为', '作为', '位于', '地处',
  '拥有', '共有', '首家', '首个', '首批', '一家', '一批', '多家', '全省', '全市', '全国', '全区', '全县', '省内', '市内', '国内',
  '获悉', '获得', '荣获', '围绕', '聚焦', '加快', '加强', '培育', '壮大', '发挥', '通过', '实地', '走访', '观摩', '检查', '督导',
  '对接', '洽谈', '会见', '会谈', '考核', '评为', '命名为', '授予', '授牌', '揭牌', '挂牌', '设立', '新建', '建成', '开工', '投产',
  '竣工', '启动', '落地', '牵头', '成功', '认真', '先后', '分别', '以及', '还有', '等', '在', '到', '与会', '是', '由', '从',
  '向', '对', '为', '把', '被', '给', '让', '使', '了', '的', '将', '已', '并', '又', '就', '也', '还', '赴', '至', '或', '即',
  '近日', '日前', '今年', '去年', '上午', '下午', '当天', '昨天', '今天',
  // Words of the sentence that a name never carries: 坚持项目为王, 运行情况和相关项目.
  '坚持', '相关', '情况', '有关', '抓实', '谋划', '储备', '争取', '梳理',
  '用好', '做强', '做大', '获评', '鼓励', '开展', '宣布', '涉及', '吸引', '抓好', '通报', '保障', '本次', '活动', '单位',
  '代表团', '集聚', '车间', '共建', '季度', '企业和', '企业与', '企业及',
  // Verbs of reporting and scheduling before a project or platform: 介绍主会场项目, 逐项调度…项目, 在建…项目.
  '介绍', '调度', '签订', '汇报', '涵盖', '降低', '在建',
  // Laying out and attracting more: 布局光伏组件和储能电池项目, 支持更多研发中心.
  '布局', '更多',
  // Instructing a body on the spot: 当场要求区自然资源局, 督促市场监管局.
  '要求', '当场', '督促', '责成',
  // Electing a company's chairman to a post: 选举某某有限公司董事长赵某为理事长.
  '选举', '推选',
  // Improving and a generic body before a platform: 集群运营机构完善公共服务平台; 中心与郑州大学共建 (the
  // centre of the story and a named partner).
  '完善', '机构', '中心与', '中心和',
  // An official's post joined to a name: 勐腊县县长及某某集团有限公司 (the 县长 and the company).
  '长及', '长和', '书记及', '书记和', '主任及', '主任和', '负责人及', '负责人和',
];
/** 据 (according to), a preposition when it opens the run before a name. */
const ACCORDING_TO = '据'.charCodeAt(0);
/** The stop words in one automaton: matched leftmost-longest, as an alternation of them longest first would be. */
const STOP = new Automaton(STOP_WORDS);
/** 联合 (jointly with) as a verb before a national name (联合中国农业大学); inside names it stays (联合研究院). */
const JOINTLY = '联合';
const JOINTLY_BEFORE = ['中国', '国家'];

/**
 * Index just after the last stop word of `run`, or 0: stop words are read left to right, longest
 * first, not overlapping; where none starts, 联合 before 中国/国家 is one.
 */
function afterLastStop(run: string): number {
  // 据昆明海关统计 (according to): 据 opening the run is no part of a name (数据 inside one is not at its start).
  let cut = run.length > 2 && run.charCodeAt(0) === ACCORDING_TO ? 1 : 0;
  for (let p = 0; p < run.length; ) {
    const k = STOP.longestAt(run, p);
    if (k >= 0) {
      p += STOP.keys[k]!.length;
      cut = p;
    } else if (run.startsWith(JOINTLY, p) && JOINTLY_BEFORE.some((w) => run.startsWith(w, p + JOINTLY.length))) {
      p += JOINTLY.length;
      cut = p;
    } else {
      // Jump to where a stop word or 联合 may start: no rule applies in between.
      const q = STOP.nextStart(run, p + 1);
      const j = run.indexOf(JOINTLY, p + 1);
      p = j >= 0 && j < q ? j : q;
    }
  }
  return cut;
}
/**
 * Verbs that end the sentence part before a park, platform, research body or project: 建设 (build)
 * and 以 stand inside company and government names (中铁建设集团, 住房和城乡建设局), not inside parks.
 */
const BUILD_STOP = /建设|以/g;
/** 服务 (serve) before a project: 全力服务项目; it stays inside platforms (公共服务平台). */
const SERVE_STOP = /服务/g;
/**
 * A company head inside a project's run: the project is named after it
 * (某某科技股份有限公司湖西锂电池生产基地扩建项目 → 湖西锂电池生产基地扩建项目).
 */
const COMPANY_HEAD = /(?:有限责任公司|有限公司|集团)(?:[(（][\u4e00-\u9fff]{2,4}[)）])?/g;

/** Closing brackets: one at a run's start belongs to the text before. */
const CLOSE = charTable([')）']);

/** The level a government body's name opens with: 省 市 县 区 州 (市经济合作局, 州商务局). */
const LEVEL = charTable(['省市县区州']);

/** Conjunctions that join two names, or two parts of one name. */
const CONJUNCTION = /[和与及]/g;
/** A capacity or amount figure before a project's name: 年产10万吨, 总投资50亿元. */
const FIGURE = /(?:年产|总投资|投资|计划投资)?[0-9０-９.]+(?:万|亿|千)?(?:吨|台|套|辆|件|个|元|瓦|千瓦|兆瓦|GW|MW|GWh|平方米|亩)+/g;
/** A year before a name: 2023年度. */
const YEAR = /(?:19|20)\d\d年(?:度)?/g;

/** Characters every FIGURE and YEAR match holds one of: a digit (ASCII or full-width) or a point. */
const FIGURE_CHAR = charTable(['0123456789０１２３４５６７８９.']);

/** True when some code unit of `s` is in `table`. */
function hasUnit(s: string, table: CodeUnitSet): boolean {
  for (let i = 0; i < s.length; i++) if (has(table, s.charCodeAt(i))) return true;
  return false;
}

/** Index just after the last match of `re` in `s`, or 0. */
function afterLast(re: RegExp, s: string): number {
  let cut = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) cut = Math.max(cut, m.index + m[0].length);
  return cut;
}

/**
 * Start of the name whose head word begins at `headStart`. `endsWithName(s)` tells whether a
 * string ends in a whole name (a head word), for the conjunction rule; `kind` is the head word's kind
 * (companies keep 建设 and 服务, projects start after a company's name).
 */
export function nameStart(text: string, headStart: number, endsWithName: (s: string) => boolean, kind = 'company'): number {
  let r = headStart;
  while (r > 0 && headStart - r < MAX_RUN && has(NAME_CHAR, text.charCodeAt(r - 1))) r--;
  const run = text.slice(r, headStart);
  // Each pattern is run only when the run holds a character every match of it needs.
  let cut = afterLastStop(run);
  if (hasUnit(run, FIGURE_CHAR)) cut = Math.max(cut, afterLast(FIGURE, run), afterLast(YEAR, run));
  if (kind !== 'company' && kind !== 'government' && (run.includes('建设') || run.includes('以'))) cut = Math.max(cut, afterLast(BUILD_STOP, run));
  if (kind === 'project') {
    if (run.includes('公司') || run.includes('集团')) cut = Math.max(cut, afterLast(COMPANY_HEAD, run));
    if (run.includes('服务')) cut = Math.max(cut, afterLast(SERVE_STOP, run));
  }
  CONJUNCTION.lastIndex = 0;
  for (let m = CONJUNCTION.exec(run); m; m = CONJUNCTION.exec(run)) {
    // A conjunction right after a cut, or after a whole name, joins two names.
    // So does one right after a closing bracket: 各镇(街道)和南康经济开发区, 各县(市、区)和开发区.
    // Before a government body's level (利州区和市经济合作局: 市 opens the body's own name) it joins two too.
    const level = kind === 'government' && has(LEVEL, run.charCodeAt(m.index + 1)) && m.index + 2 < run.length;
    if (level || m.index === cut || (m.index > cut && (endsWithName(run.slice(cut, m.index)) || has(CLOSE, run.charCodeAt(m.index - 1))))) {
      cut = m.index + 1;
    }
  }
  // An interview headline's ——访 (visiting) before the name: 从酒都到电池之都——访某市经济和信息化局局长.
  if (cut === 0 && run.startsWith('访') && text[r - 1] === '—') cut = 1;
  // An unbalanced closing bracket at the start belongs to the text before.
  while (cut < run.length && has(CLOSE, run.charCodeAt(cut))) cut++;
  return r + cut;
}
