/**
 * Organization names end in a head word that tells their kind: 有限公司 a company, 质监局 a
 * government body, 行业协会 an association, 研究院 a research body, 检验检测中心 a platform,
 * 高新区 a park, 产业城 a project, 之都 an honor. The table is matched longest first, so
 * 标准化技术委员会 (platform) wins over 委员会 (government).
 */
import type { OrganizationKind } from '../../analysis/schema.ts';

/** Head words by kind. */
export const SUFFIXES: Readonly<Record<Exclude<OrganizationKind, 'other'>, readonly string[]>> = {
  company: [
    '集团股份有限公司', '集团有限责任公司', '股份有限公司', '有限责任公司', '集团有限公司', '控股有限公司', '有限公司',
    '控股集团', '集团公司', '集团', '公司', '总厂', '厂',
    // Banks and their branches: 中国工商银行柳州分行, 柳州银行.
    '分行', '支行', '银行',
  ],
  government: [
    '人民政府办公室', '人民政府', '政府办公室', '管理委员会', '管委会', '领导小组', '领导小组办公室', '发展和改革委员会', '发展和改革局', '发展改革委',
    '卫生健康委员会', '卫生健康委', '经济和信息化委员会', '经济信息委', '商务委', '经委', '发改委', '发改局', '经信委', '经信局', '工信委',
    '国资委', '卫健委', '科委', '局', '厅', '政府', '海关', '税务局',
    // 台湾事务办公室, 外事办公室 (an office of the government's own); 金融办 (financial affairs office).
    '事务办公室', '外事办公室', '金融办',
    // A government's press office (省政府新闻办, 国务院新闻办公室): it holds press conferences.
    '新闻办公室', '新闻办',
  ],
  association: ['行业协会', '产业协会', '工业协会', '流通协会', '协会', '商会', '学会', '联合会', '促进会', '研究会'],
  research: [
    '工程技术研究中心', '工程研究中心', '技术研究院', '研究院', '研究所', '研究中心', '重点实验室', '实验室', '科学院', '工程院',
    '大学', '学院', '分院', '高等专科学校', '职业技术学院',
  ],
  platform: [
    '质量监督检验中心', '质量检验检测中心', '产品质量检验检测中心', '检验检测中心', '检验检测研究院', '检测中心', '检验中心', '检验院',
    '检测研发基地', '研发基地', '研发中心', '标准化技术委员会', '技术创新中心', '创新中心', '产业创新中心', '制造业创新中心',
    '产业联盟', '创新联盟', '联盟', '公共服务平台', '服务平台', '服务中心', '孵化器', '加速器', '众创空间', '产业化基地',
    '创新创业基地', '试点示范区', '数据中心', '算力中心',
    // Zhejiang's industry innovation service complexes (山下湖珍珠产业创新服务综合体): public service platforms.
    '产业创新服务综合体', '创新服务综合体',
    // An inland port (赣州国际陆港): a customs and rail-freight platform, as the demo set annotates it.
    '国际陆港',
    // Pilot-scale bases and lines between the laboratory and the factory (磷化工新材料中试基地).
    '中试基地', '中试平台',
  ],
  park: [
    '高新技术产业开发区', '经济技术开发区', '高新技术产业园区', '高新技术产业园', '经济开发区', '高新科技园区', '科技园区', '工业园区',
    '产业园区', '科创产业园', '产业园', '工业园', '科技园', '软件园', '工业城', '高新区', '经开区', '开发区', '台商投资区',
    '综合保税区', '保税区', '边境经济合作区', '跨境经济合作区', '自贸试验区', '产业示范区', '产业集聚区', '集聚区', '物流园', '自贸区', '自由贸易试验区', '新区',
    '科学城', '科技城', '示范园', '药谷',
  ],
  project: ['产业城', '基地项目', '项目'],
  honor: ['之都', '之乡', '示范基地', '产业示范基地', '示范城市群', '产业高地', '核心产区', '核心承载区', '医药城'],
};

/** Every suffix with its kind, longest first. */
export const SUFFIX_LIST: readonly { readonly suffix: string; readonly kind: Exclude<OrganizationKind, 'other'> }[] = Object.entries(SUFFIXES)
  .flatMap(([kind, list]) => list.map((suffix) => ({ suffix, kind: kind as Exclude<OrganizationKind, 'other'> })))
  .sort((a, b) => b.suffix.length - a.suffix.length);

/** What may not follow a suffix for it to end a name: 局长 and 厂房 are not 局 and 厂. */
export const NOT_AFTER: Readonly<Record<string, RegExp>> = {
  局: /^[长]/,
  厂: /^[房区家商长址]/,
  集团: /^[化军]/,
  公司: /^[化]/,
  厅: /^[长]/,
  学院: /^[院派]/,
  大学: /^[生]/,
  政府: /^[工性]/,
  // 项目15个: a count of projects follows, the run before names a kind (新增台资项目15个), not a project.
  项目: /^[化\d]/,
  新区: /^[长]/,
  // 数据中心产业, 数据中心集群: an industry or a cluster, not one centre.
  数据中心: /^[产集]/,
  算力中心: /^[产集]/,
};
