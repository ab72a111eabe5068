/**
 * English names of GB/T 2260 regions, romanized from their Chinese names: the place name in Hanyu Pinyin
 * (syllables joined, an apostrophe before a syllable starting with a, o or e: 西安 Xi'an), the administrative
 * suffix translated (县 County, 区 District, 旗 Banner, 盟 League, 地区 Prefecture, 自治州 Autonomous Prefecture …),
 * 省 and 市 dropped (长沙市 Changsha, 湖南省 Hunan), and the ethnic groups an autonomous area is named after in their
 * English names (恩施土家族苗族自治州 Enshi Tujia and Miao Autonomous Prefecture). Province-level units whose usual
 * English name is no romanization (陕西 Shaanxi, 内蒙古 Inner Mongolia, 西藏 Tibet, 香港 Hong Kong, 澳门 Macao) are listed.
 */
import { pinyin } from 'pinyin-pro';

/** Full GB/T 2260 names whose usual English name is not their romanization. */
const USUAL_NAMES: ReadonlyMap<string, string> = new Map([
  ['陕西省', 'Shaanxi'], // distinguished from 山西 Shanxi by the spelling the government uses
  ['内蒙古自治区', 'Inner Mongolia'],
  ['西藏自治区', 'Tibet'],
  ['香港特别行政区', 'Hong Kong'],
  ['澳门特别行政区', 'Macao'],
]);

/**
 * Administrative suffixes, longest first, with their English words; an empty word drops the suffix.
 * `minBase` is the fewest characters the rest must keep for the suffix to count: 清新区 is the 区 of 清新, not a
 * 新区 (new area) of 清; 万柏林区 the 区 of 万柏林, not a 林区 (forestry district).
 */
const SUFFIXES: readonly { readonly zh: string; readonly en: string; readonly minBase: number }[] = [
  { zh: '特别行政区', en: '', minBase: 1 },
  { zh: '自治州', en: 'Autonomous Prefecture', minBase: 0 },
  { zh: '自治县', en: 'Autonomous County', minBase: 0 },
  { zh: '自治旗', en: 'Autonomous Banner', minBase: 0 },
  { zh: '自治区', en: 'Autonomous Region', minBase: 0 },
  { zh: '地区', en: 'Prefecture', minBase: 2 },
  { zh: '新区', en: 'New Area', minBase: 2 },
  { zh: '林区', en: 'Forestry District', minBase: 3 },
  { zh: '省', en: '', minBase: 1 },
  { zh: '市', en: '', minBase: 1 },
  { zh: '县', en: 'County', minBase: 1 },
  { zh: '区', en: 'District', minBase: 1 },
  { zh: '旗', en: 'Banner', minBase: 1 },
  { zh: '盟', en: 'League', minBase: 1 },
];

/**
 * The ethnic groups autonomous areas are named after (the 55 recognised minorities as GB/T 3304 names them, in
 * the English the State Council's lists use), and 各族 (several groups). Written with or without 族.
 */
const ETHNIC_GROUPS: ReadonlyMap<string, string> = new Map([
  ['蒙古', 'Mongol'], ['回', 'Hui'], ['藏', 'Tibetan'], ['维吾尔', 'Uygur'], ['苗', 'Miao'], ['彝', 'Yi'], ['壮', 'Zhuang'],
  ['布依', 'Bouyei'], ['朝鲜', 'Korean'], ['满', 'Manchu'], ['侗', 'Dong'], ['瑶', 'Yao'], ['白', 'Bai'], ['土家', 'Tujia'],
  ['哈尼', 'Hani'], ['哈萨克', 'Kazak'], ['傣', 'Dai'], ['黎', 'Li'], ['傈僳', 'Lisu'], ['佤', 'Va'], ['畲', 'She'],
  ['高山', 'Gaoshan'], ['拉祜', 'Lahu'], ['水', 'Sui'], ['东乡', 'Dongxiang'], ['纳西', 'Naxi'], ['景颇', 'Jingpo'],
  ['柯尔克孜', 'Kirgiz'], ['土', 'Tu'], ['达斡尔', 'Daur'], ['仫佬', 'Mulao'], ['羌', 'Qiang'], ['布朗', 'Blang'],
  ['撒拉', 'Salar'], ['毛南', 'Maonan'], ['仡佬', 'Gelao'], ['锡伯', 'Xibe'], ['阿昌', 'Achang'], ['普米', 'Pumi'],
  ['塔吉克', 'Tajik'], ['怒', 'Nu'], ['乌孜别克', 'Uzbek'], ['俄罗斯', 'Russian'], ['鄂温克', 'Ewenki'], ['德昂', "De'ang"],
  ['保安', 'Bonan'], ['裕固', 'Yugur'], ['京', 'Gin'], ['塔塔尔', 'Tatar'], ['独龙', 'Derung'], ['鄂伦春', 'Oroqen'],
  ['赫哲', 'Hezhen'], ['门巴', 'Monba'], ['珞巴', 'Lhoba'], ['基诺', 'Jino'], ['各', 'Various Nationalities'],
]);

/** Ethnic names longest first, so 土家 is read before 土 and 蒙古 before a shorter match. */
const ETHNIC_KEYS = [...ETHNIC_GROUPS.keys()].sort((a, b) => b.length - a.length);

/**
 * Place names whose characters read otherwise than pinyin-pro's everyday reading (its dictionary is shared with
 * the noise passes, so these are not added to it): 乐清 Yueqing, not Leqing. A key starting with `^` applies only at
 * the start of a name (单县 Shan County; 单 elsewhere is dan); 都 in a place name is du (成都, 宁都), 什 shi (喀什).
 */
const PLACE_READINGS: ReadonlyMap<string, string> = new Map([
  ['乐清', 'yue qing'], ['乐亭', 'lao ting'], ['乐陵', 'lao ling'], ['民乐', 'min le'], ['涡阳', 'guo yang'],
  ['洪洞', 'hong tong'], ['黄陂', 'huang pi'], ['尉犁', 'yu li'], ['犍为', 'qian wei'], ['筠连', 'jun lian'],
  ['大埔', 'da bu'], ['铅山', 'yan shan'], ['六安', 'lu an'], ['番禺', 'pan yu'], ['蚌埠', 'beng bu'], ['重庆', 'chong qing'],
  ['厦门', 'xia men'], ['东莞', 'dong guan'], ['亳州', 'bo zhou'], ['枞阳', 'zong yang'], ['盱眙', 'xu yi'],
  ['阆中', 'lang zhong'], ['句容', 'ju rong'], ['曾都', 'zeng du'], ['闵行', 'min hang'], ['吴堡', 'wu bu'],
  ['红寺堡', 'hong si bu'], ['都', 'du'], ['什', 'shi'], ['柏', 'bai'],
  ['^歙', 'she'], ['^蔚', 'yu'], ['^单', 'shan'], ['^浚', 'xun'], ['^莘', 'shen'], ['^长', 'chang'], ['^会', 'hui'],
  ['^济', 'ji'], ['^兴', 'xing'], ['^曲', 'qu'],
]);

/** Longest readings first, tried at each position of a place name. */
const READING_KEYS = [...PLACE_READINGS.keys()].sort((a, b) => b.replace('^', '').length - a.replace('^', '').length);

/** Pinyin syllables of a place name, the place readings first, pinyin-pro for the rest (tones and ü kept as ü). */
function syllables(name: string): string[] {
  const out: string[] = [];
  let rest = '';
  const flush = () => {
    if (rest) out.push(...pinyin(rest, { toneType: 'none', type: 'array' }));
    rest = '';
  };
  for (let i = 0; i < name.length; ) {
    const key = READING_KEYS.find((k) => (k[0] === '^' ? i === 0 && name.startsWith(k.slice(1)) : name.startsWith(k, i)));
    if (key) {
      flush();
      out.push(...PLACE_READINGS.get(key)!.split(' '));
      i += key.replace('^', '').length;
    } else {
      rest += name[i];
      i += 1;
    }
  }
  flush();
  return out.filter((s) => /^[a-zü]+$/.test(s)).length === out.length ? out : [];
}

/**
 * A place name in Hanyu Pinyin as one capitalised word: 长沙 → Changsha, 西安 → Xi'an, 吕梁 → Lüliang.
 * @returns '' when a character has no reading (not Chinese)
 */
export function placePinyin(name: string): string {
  const s = syllables(name);
  if (!s.length) return '';
  const word = s.map((x, i) => (i > 0 && /^[aoe]/.test(x) ? `'${x}` : x)).join('');
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * The ethnic groups written at the end of `base` (恩施土家族苗族 → 恩施, [Tujia, Miao]). A one-character group needs
 * its 族 (长白朝鲜族: 白 of 长白 is no 白族); a longer one may go without (博尔塔拉蒙古).
 */
function splitEthnic(base: string): { place: string; groups: string[] } {
  const groups: string[] = [];
  let place = base;
  while (place) {
    const zu = place.endsWith('族');
    const stem = zu ? place.slice(0, -1) : place;
    const key = ETHNIC_KEYS.find((k) => stem.endsWith(k) && (zu || k.length > 1));
    if (!key) break;
    groups.unshift(ETHNIC_GROUPS.get(key)!);
    place = stem.slice(0, -key.length);
  }
  return { place, groups };
}

/**
 * Positions that end banner names (土默特左旗 Tumote Left Banner, 科尔沁右翼中旗 Ke'erqin Right Wing Middle Banner),
 * longest first; read only before 旗 and in autonomous counties carved out of a banner (喀喇沁左翼).
 */
const BANNER_POSITIONS: readonly (readonly [string, string])[] = [
  ['联合', 'United'], ['左翼', 'Left Wing'], ['右翼', 'Right Wing'], ['前', 'Front'], ['中', 'Middle'], ['后', 'Rear'],
  ['左', 'Left'], ['右', 'Right'],
];

/** `place` without the banner positions it ends with, and those positions in English, in reading order. */
function splitPositions(place: string): { place: string; positions: string[] } {
  const positions: string[] = [];
  for (let found = true; found; ) {
    found = false;
    for (const [zh, en] of BANNER_POSITIONS) {
      if (place.endsWith(zh) && place.length - zh.length >= 2) {
        positions.unshift(en);
        place = place.slice(0, -zh.length);
        found = true;
        break;
      }
    }
  }
  return { place, positions };
}

/** English list: A, A and B, A, B and C. */
function andList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The English name of a region from its GB/T 2260 Chinese name.
 * @example regionNameEn('恩施土家族苗族自治州') // 'Enshi Tujia and Miao Autonomous Prefecture'
 * @returns null when the name cannot be romanized (empty, or characters without a reading)
 */
export function regionNameEn(name: string | null | undefined): string | null {
  const zh = (name ?? '').trim();
  if (!zh) return null;
  const usual = USUAL_NAMES.get(zh);
  if (usual) return usual;
  const suffix = SUFFIXES.find((s) => zh.endsWith(s.zh) && zh.length - s.zh.length >= s.minBase);
  const base = suffix ? zh.slice(0, zh.length - suffix.zh.length) : zh;
  // Only autonomous areas are named after ethnic groups; elsewhere 白 or 水 is part of the place name (白城, 水城).
  const autonomous = suffix?.zh.startsWith('自治') ?? false;
  const ethnic = autonomous ? splitEthnic(base) : { place: base, groups: [] };
  const banner = suffix && (suffix.zh.endsWith('旗') || suffix.zh === '自治县');
  const { place, positions } = banner ? splitPositions(ethnic.place) : { place: ethnic.place, positions: [] };
  // 东乡族自治县: the place is its people's name.
  const head = place ? placePinyin(place) : '';
  if (place && !head) return null;
  const words = [head, ...positions, andList(ethnic.groups), suffix?.en ?? ''].filter(Boolean);
  return words.length ? words.join(' ') : null;
}
