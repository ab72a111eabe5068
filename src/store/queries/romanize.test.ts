import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placePinyin, regionNameEn } from './romanize.ts';

test('should romanize cities and provinces without their 市 or 省', () => {
  assert.deepEqual(['长沙市', '湖南省', '襄阳市', '西安市', '吕梁市', '重庆市', '厦门市'].map(regionNameEn),
    ['Changsha', 'Hunan', 'Xiangyang', "Xi'an", 'Lüliang', 'Chongqing', 'Xiamen']);
});

test('should give province-level units their usual English names', () => {
  assert.deepEqual(['内蒙古自治区', '广西壮族自治区', '西藏自治区', '香港特别行政区', '澳门特别行政区', '陕西省', '山西省', '新疆维吾尔自治区'].map(regionNameEn),
    ['Inner Mongolia', 'Guangxi Zhuang Autonomous Region', 'Tibet', 'Hong Kong', 'Macao', 'Shaanxi', 'Shanxi', 'Xinjiang Uygur Autonomous Region']);
});

test('should translate the administrative suffix and the ethnic groups of autonomous areas', () => {
  assert.deepEqual(
    ['恩施土家族苗族自治州', '岳麓区', '宁乡县', '城步苗族自治县', '兴安盟', '土默特左旗', '鄂伦春自治旗', '东乡族自治县', '长白朝鲜族自治县',
      '双江拉祜族佤族布朗族傣族自治县', '浦东新区', '清新区', '神农架林区', '万柏林区', '阿里地区', '龙胜各族自治县'].map(regionNameEn),
    ['Enshi Tujia and Miao Autonomous Prefecture', 'Yuelu District', 'Ningxiang County', 'Chengbu Miao Autonomous County', "Xing'an League",
      'Tumote Left Banner', 'Oroqen Autonomous Banner', 'Dongxiang Autonomous County', 'Changbai Korean Autonomous County',
      'Shuangjiang Lahu, Va, Blang and Dai Autonomous County', 'Pudong New Area', 'Qingxin District', 'Shennongjia Forestry District',
      'Wanbailin District', 'Ali Prefecture', 'Longsheng Various Nationalities Autonomous County']);
});

test('should read place names as places, not as everyday words', () => {
  assert.deepEqual(['乐清市', '单县', '成都市', '喀什市', '闵行区', '白城市', '水城区'].map(regionNameEn),
    ['Yueqing', 'Shan County', 'Chengdu', 'Kashi', 'Minhang District', 'Baicheng', 'Shuicheng District']);
});

test('should return null for an empty or unreadable name', () => {
  assert.equal(regionNameEn(''), null);
  assert.equal(regionNameEn(null), null);
  assert.equal(regionNameEn('ABC'), null);
  assert.equal(placePinyin('<b>'), '');
});
