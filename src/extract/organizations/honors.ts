/**
 * Honors: a title a place holds, named after a designation verb (入选 获批 被认定为 被评为 荣获 …)
 * and ending in an honor head (之都 产业集群 示范基地 城市 …): 成功入选省级中小企业特色产业集群,
 * 被认定为省内“链主城市”. Scope words (省内 全国 首批) and quotes are not part of the title.
 */

/**
 * Designation verbs that introduce an honor; also a designation of a counted list, the title after its 为:
 * 拟认定甲产业集群、乙产业集群等20个集群为省级中小企业特色产业集群.
 */
const DESIGNATION =
  /(?:成功)?(?:入选|获批|获评|被认定为|认定为|被评为|被命名为|被授予|荣获|成功创建|创建为|跻身|晋级为?)|认定[^。；;]{2,160}?等\d+个[\u4e00-\u9fff]{0,4}为/g;
/** The title after a designation verb, up to punctuation. */
const TITLE = /^[“"「]?((?:省内|国内|全国|全省|首批|第[一二三四五六七八九十]+批|首个|首家)?[“"「]?([\u4e00-\u9fffA-Za-z0-9()（）]{2,30}?)[”"」]?)(?=称号|[，。、；,;\s]|$)/;
/** Scope words before a title, and the year it is given for (2025年度). */
const SCOPE = /^(?:省内|国内|全国|全省|首批|第[一二三四五六七八九十]+批|首个|首家|(?:19|20)\d{2}年度?)+/;
/** What an honor's name ends with. */
const HONOR_HEAD = /(之都|之乡|之城|产业集群|先进制造业集群|示范基地|示范区|集聚区|示范城市|城市群|链主城市|城市|基地|试点|强县|百强县|高地|产区|品牌)$/;
/** Names that are parks or platforms even after a designation verb. */
const NOT_HONOR = /(产业园|工业园|园区|开发区|高新区|经开区|中心|实验室|研究院)$/;

/** One honor found after a designation verb. */
export interface HonorHit {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Honors named after designation verbs. */
export function findDesignatedHonors(text: string): HonorHit[] {
  const out: HonorHit[] = [];
  DESIGNATION.lastIndex = 0;
  for (let m = DESIGNATION.exec(text); m; m = DESIGNATION.exec(text)) {
    const after = m.index + m[0].length;
    const t = TITLE.exec(text.slice(after, after + 40));
    if (!t) continue;
    const raw = t[2]!;
    const name = raw.replace(SCOPE, '');
    if (name.length < 3 || !HONOR_HEAD.test(name) || NOT_HONOR.test(name)) continue;
    const start = text.indexOf(name, after);
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

/** A national or world title in quotes: “中国X都”, “世界X都”, “中国X名城”, “中国X谷” (· ends a slogan's first part). */
const QUOTED_TITLE = /“((?:中国|世界)[\u4e00-\u9fff]{1,6}?(?:名城|名园|之都|之乡|都|谷|城))[”·]/g;
/** The same title after 是/打造/建设/素有/誉为 without quotes: 建设中国X名园，. */
const TITLE_AFTER_VERB = /(?:是|打造|建设|素有|誉为|享有)((?:中国|世界)[\u4e00-\u9fff]{1,6}?(?:名城|名园|之都|之乡|都|谷))(?=[，。、；,;\s]|称号|之称|美誉)/g;

const TITLE_PATTERNS = [QUOTED_TITLE, TITLE_AFTER_VERB];

/** Titles a place holds by name: 是“中国X都”, 打造“中国X谷”, 建设中国X名园. */
export function findTitleHonors(text: string): HonorHit[] {
  const out: HonorHit[] = [];
  if (!text.includes('中国') && !text.includes('世界')) return out; // both patterns need one of them
  for (const re of TITLE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1]!;
      const start = m.index + m[0].indexOf(name);
      if (!out.some((h) => h.start === start)) out.push({ name, start, end: start + name.length });
    }
  }
  return out;
}
