import type { MessageBundle } from '../../platform/i18n/index.js';

type Labels = Record<string, [zh: string, en: string]>;
const labels = (prefix: string, entries: Labels): MessageBundle =>
  Object.fromEntries(
    Object.entries(entries).map(([code, [zh, en]]) => [`${prefix}.${code}`, { 'zh-CN': zh, 'en-US': en }]),
  );

const GEOMETRY: Labels = {
  not_polygon: ['应为面（Polygon 或 MultiPolygon）', 'must be a Polygon or MultiPolygon'],
  bad_coordinates: ['坐标应为有限的经纬度数值', 'coordinates must be finite longitude/latitude numbers'],
  ring_too_short: ['边界至少需要 4 个坐标点', 'a boundary needs at least 4 positions'],
  ring_not_closed: [
    '边界未闭合：首尾坐标应相同',
    'a boundary is not closed: first and last positions must match',
  ],
  outside_extent: [
    '坐标超出佛山及周边范围（经度 111.5–114.5，纬度 22.0–24.5）',
    'a position lies outside Foshan and its surroundings (lng 111.5–114.5, lat 22.0–24.5)',
  ],
  self_intersecting: ['边界自相交', 'the boundary crosses itself'],
  invalid: [
    '几何无效（内环在外环之外或多个面重叠）',
    'the geometry is not valid (a hole outside its shell or parts overlapping)',
  ],
  degenerate: ['边界不构成有效面积', 'the boundary encloses no area'],
  too_many_positions: ['坐标点过多（最多 5000 个）', 'too many positions (at most 5,000)'],
  bad_land_use_code: ['用地代码不是 GB 50137 的代码', 'the land-use code is not a GB 50137 code'],
  bad_attribute: [
    '容积率、限高、绿地率应为非负数（绿地率不超过 1）',
    'floor-area ratio, height and green ratio must be non-negative numbers (green ratio at most 1)',
  ],
  attributes_too_large: ['属性过多（最多 4 KB）', 'too many attributes (at most 4 KB)'],
};

export const blueprintMessages: MessageBundle = {
  // A site's problem names the site; an imported feature's problem names the feature by its place in the file.
  ...labels(
    'blueprint.geometry',
    Object.fromEntries(
      Object.entries(GEOMETRY).map(([k, [zh, en]]) => [k, [`用地红线${zh}`, `The site: ${en}`]]),
    ),
  ),
  ...labels(
    'blueprint.feature',
    Object.fromEntries(
      Object.entries(GEOMETRY).map(([k, [zh, en]]) => [k, [`第 {n} 个要素：${zh}`, `Feature {n}: ${en}`]]),
    ),
  ),
  ...labels('blueprint.import', {
    unreadable: [
      '无法读取文件：应为 GeoJSON（.geojson/.json）或压缩的 Shapefile（.zip）',
      'The file cannot be read: it must be GeoJSON (.geojson/.json) or a zipped Shapefile (.zip)',
    ],
    not_feature_collection: ['GeoJSON 应为 FeatureCollection', 'The GeoJSON must be a FeatureCollection'],
    empty: ['文件中没有要素', 'The file holds no features'],
    too_many_features: [
      '要素过多（每个图层最多 200000 个）',
      'Too many features (at most 200,000 per layer)',
    ],
    several_shapefiles: ['压缩包中应只有一个 Shapefile', 'The zip must hold exactly one Shapefile'],
    file_missing: ['请上传图层文件', 'Upload the layer file'],
  }),
  'blueprint.import_refused': {
    'zh-CN': '图层未导入：以下要素有误，请改正后重新导入',
    'en-US': 'The layer was not imported: the features below are wrong; correct them and import again',
  },
  'blueprint.department_unknown': { 'zh-CN': '未知的部门', 'en-US': 'Unknown department' },
  'blueprint.bbox_inverted': {
    'zh-CN': '范围应为“最小经度,最小纬度,最大经度,最大纬度”',
    'en-US': 'The bbox must read minLng,minLat,maxLng,maxLat',
  },
  'blueprint.category_unknown': { 'zh-CN': '未知的项目分类', 'en-US': 'Unknown project category' },
  'blueprint.conflict.resolved': {
    'zh-CN': '该冲突已协调完毕',
    'en-US': 'This conflict has already been resolved',
  },
  'blueprint.conflict.opinions_missing': {
    'zh-CN': '尚有部门未提出意见：{departments}',
    'en-US': 'Some departments have not given their opinion yet: {departments}',
  },
  'blueprint.planning.answered': {
    'zh-CN': '本部门已提出意见',
    'en-US': 'Your department has already given its opinion',
  },
  ...labels('blueprint.elementClass', {
    ecological_redline: ['生态保护红线', 'Ecological protection red line'],
    basic_farmland: ['永久基本农田', 'Permanent basic farmland'],
    urban_boundary: ['城镇开发边界', 'Urban development boundary'],
    regulatory_parcel: ['控制性详细规划', 'Regulatory detailed plan'],
    river_blueline: ['河道蓝线', 'River blue line'],
    heritage_purpleline: ['历史文化保护紫线', 'Heritage purple line'],
    greenline: ['绿线', 'Green line'],
    infrastructure_yellowline: ['基础设施黄线', 'Infrastructure yellow line'],
    high_voltage: ['高压走廊', 'High-voltage corridor'],
    geohazard: ['地质灾害易发区', 'Geohazard-prone area'],
    water_source: ['饮用水水源保护区', 'Drinking-water source protection zone'],
    forest: ['公益林', 'Public-welfare forest'],
    road_redline: ['道路红线', 'Road red line'],
    flood_control: ['蓄滞洪区', 'Flood detention area'],
    safety_buffer: ['安全防护距离', 'Safety buffer zone'],
    school_district: ['学校布点规划', 'School siting plan'],
    health_facility: ['医疗卫生设施布点', 'Health facility siting plan'],
    tourism_zone: ['文旅景区', 'Tourism zone'],
    planned_project: ['规划建设项目', 'Planned project'],
  }),
  ...labels('blueprint.rule', {
    forbidden: ['禁止建设', 'No construction'],
    restricted: ['限制建设', 'Restricted'],
    allowed: ['允许建设', 'Construction allowed'],
    informational: ['参考', 'For reference'],
  }),
  ...labels('blueprint.result', {
    pass: ['通过', 'Pass'],
    conditional: ['有条件通过', 'Conditional'],
    conflict: ['存在冲突', 'Conflict'],
    info: ['参考', 'For reference'],
  }),
  ...labels('blueprint.attribute', {
    landUseCode: ['用地性质', 'Land use'],
    maxFloorAreaRatio: ['容积率上限', 'Maximum floor-area ratio'],
    maxHeightM: ['建筑限高（米）', 'Maximum height (m)'],
    minGreenRatio: ['绿地率下限', 'Minimum green ratio'],
  }),
};
