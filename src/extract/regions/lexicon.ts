/**
 * extract/regions/lexicon: named lexicons and patterns of the regions stage.
 * Codes are GB/T 2260 (data/regions).
 */
import type { RegionLevel } from '../../analysis/schema.ts';

/**
 * Suffixes stripped to form short names, tried in order (first match wins):
 * 特别行政区 SAR, 自治区 autonomous region, 省 province, 市 city, 地区 prefecture, 盟 league,
 * 林区 forestry district, 特区 special district, 新区 new area, 区 district, 县 county, 旗 banner.
 */
export const SHORT_NAME_SUFFIXES: Readonly<Record<RegionLevel, readonly string[]>> = {
  province: ['特别行政区', '自治区', '省', '市'],
  city: ['地区', '市', '盟'],
  county: ['林区', '特区', '新区', '区', '县', '市', '旗'],
};

/** Ethnic groups that appear in autonomous-area names (湘西土家族苗族自治州), stripped for short names. */
export const ETHNIC_GROUPS: readonly string[] = [
  '土家', '苗', '藏', '彝', '壮', '蒙古', '回', '朝鲜', '哈尼', '傣', '布依', '侗', '瑶', '白', '傈僳',
  '景颇', '羌', '黎', '满', '达斡尔', '鄂温克', '鄂伦春', '仫佬', '毛南', '仡佬', '水', '纳西', '拉祜',
  '佤', '独龙', '怒', '普米', '哈萨克', '柯尔克孜', '锡伯', '塔吉克', '撒拉', '保安', '东乡', '裕固',
  '土', '畲', '维吾尔', '各', '京', '基诺', '阿昌', '德昂', '布朗',
];

/**
 * One-character province abbreviations (简称) → province code. 蜀 is a literary name of Sichuan,
 * 陇 of Gansu; 陜 is a variant form of 陕 that OpenCC leaves in place. Only used in the contexts below, never on their own.
 */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 蒙: '150000', 辽: '210000', 吉: '220000',
  黑: '230000', 沪: '310000', 苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000',
  鲁: '370000', 豫: '410000', 鄂: '420000', 湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000',
  渝: '500000', 川: '510000', 蜀: '510000', 黔: '520000', 滇: '530000', 藏: '540000', 陕: '610000',
  甘: '620000', 陇: '620000', 陜: '610000', 青: '630000', 宁: '640000', 新: '650000', 台: '710000', 港: '810000',
  澳: '820000',
};

const ALL_ABBR = Object.keys(PROVINCE_ABBREVIATIONS).join('');
// Abbreviations that are too often ordinary characters (新 new, 台 platform/出台, 宁 also Nanjing,
// 青 green/youth, 吉 lucky, 黑 black, 甘 sweet, 蒙 cover, 港 port, 澳 bay, 藏 hide, 京 in 京东 ...)
// are left out of the looser contexts.
const SAFE_ABBR = '津冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇陕陜陇';

/**
 * A visit to a province: 在湘调研 (researching in Hunan), 来鄂考察, 赴粤学习, 入黔投资.
 * Group 1 is the abbreviation; the verb after it must follow.
 */
export const ABBR_VISIT = new RegExp(
  `(?<=[在来赴到抵驻援返回入])([${ALL_ABBR}])(?=调研|考察|视察|期间|访问|工作期间|投资|兴业|落户|学习|交流|参观)`,
  'g',
);

/** A provincial qualifier on people and firms: 湘企 (Hunan firm), 浙商 (Zhejiang merchants), 川籍. */
export const ABBR_QUALIFIER = new RegExp(`([${SAFE_ABBR}])(?=企|商|籍|菜|军)`, 'g');

/** A run of two or more abbreviations: 鄂豫陕渝, 京津冀, 粤港澳, 苏浙沪 (each char one province). */
export const ABBR_RUN = new RegExp(`[${ALL_ABBR}]{2,}`, 'g');

/**
 * Two-character runs that are ordinary words or names, never province pairs:
 * 苏宁 (a retailer), 藏青 (navy blue), 新台 (新台阶 a new step), 新青 (新青年) ...
 */
export const ABBR_RUN_STOP: ReadonlySet<string> = new Set(['苏宁', '藏青', '新台', '新青', '青新', '吉新', '新吉', '甘新', '宁新', '新宁', '京新', '新京', '蒙新', '新蒙', '台新', '新港', '港新', '黑新', '新黑', '甘蒙', '青台', '台青', '川台', '桂台', '黑台', '吉台', '新藏']);

/**
 * The edges of an abbreviation run that are the start of a word, not a province: 晶澳新能源 (新 of
 * 新能源, 新材料, 新兴), 郭宁宁 (a doubled character is a name, never two provinces).
 */
export const ABBR_RUN_TRAILING_NEW = /新$/;

/**
 * After an abbreviation run: a development zone's name. Two provinces' abbreviations before 经济开发区,
 * 产业园, 合作区 … name a cooperation zone (蒙苏经济开发区 of Inner Mongolia and Jiangsu, 苏滁产业园): the
 * partner province is no place of the story, and the one the zone lies in is written as a place elsewhere.
 */
export const ZONE_AFTER = /^(?:经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|开发区|工业园|产业园|合作区|示范区|新区)/;

/**
 * Abbreviation runs that are also the names of macro-regions: 京津冀 (the capital region). Written as a
 * modifier (打造京津冀氢能产业高地, 京津冀重要的…集聚区) it names an area the story relates to, like 长三角, no
 * place of it; the provinces are places where the three act together (MACRO_REGION_ACTORS_AFTER).
 */
export const MACRO_REGION_RUNS: ReadonlySet<string> = new Set(['京津冀']);

/** After a macro-region run: the provinces themselves act (京津冀协同发展, 京津冀三地, 京津冀一体化). */
export const MACRO_REGION_ACTORS_AFTER = /^(?:协同|三地|三省市|一体化|两市一省)/;

/** After an abbreviation run: 大湾区 (the Greater Bay Area of 粤港澳). */
export const BAY_AREA_AFTER = /^大湾区/;

/** A part of a province: 苏北 (north Jiangsu), 皖南, 豫东, 鲁西南, 川西, 闽南, 粤东 ... */
export const ABBR_PART = new RegExp(`([${SAFE_ABBR}])(?=东南|西南|东北|西北|[东南西北中](?![部方]))`, 'g');

/**
 * A region name followed by these is a street, station, river or brand, not the region:
 * 中山路 (road), 北京路, 长沙站 (station), 南京大道, 湖南卫视, 赤水河 / 图们江 (rivers; 江区 / 江县
 * are names), 宁德时代 / 泰山钢铁 (company brands). A university (兰州大学) does name its place.
 */
export const NOT_REGION_AFTER = /^(?:路|街|大道|大街|巷|桥|站|号|机场|卫视|舰|河|江(?!区(?!域)|县|市)|时代|钢铁)/;

/**
 * Outlet datelines that name the home region: 长沙晚报7月7日讯, 随州日报讯, 淮安日报讯,
 * 泉州网讯, 湖北日报网讯. Group 1 is the outlet name.
 */
export const OUTLET_DATELINE =
  /([\u4e00-\u9fff]{2,8}?(?:日报|晚报|早报|都市报|商报|新闻网|广播电视台|电视台|融媒体中心|新闻|网|报))(?:全媒体|客户端|网)?(?:\d{1,2}月\d{1,2}日)?讯/u;

/** Words that refer to the home city or county: 我市, 全市, 本市, 我县, 全县, 本县, 我区, 全区. */
export const DEICTIC = /(?:我|全|本)(市|县|区)/g;
