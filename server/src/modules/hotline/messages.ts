import type { MessageBundle } from '../../platform/i18n/index.js';

type Labels = Record<string, [zh: string, en: string]>;
const labels = (prefix: string, entries: Labels): MessageBundle =>
  Object.fromEntries(
    Object.entries(entries).map(([code, [zh, en]]) => [`${prefix}.${code}`, { 'zh-CN': zh, 'en-US': en }]),
  );

export const hotlineMessages: MessageBundle = {
  ...labels('hotline.type', {
    consultation: ['咨询', 'Consultation'],
    help: ['求助', 'Request for help'],
    complaint: ['投诉', 'Complaint'],
    report: ['举报', 'Report'],
    suggestion: ['建议', 'Suggestion'],
    praise: ['表扬', 'Praise'],
  }),
  ...labels('hotline.subject', {
    noise: ['噪音扰民', 'Noise'],
    property: ['物业管理', 'Property management'],
    traffic: ['交通出行', 'Traffic and transport'],
    city_appearance: ['市容环卫', 'Street cleaning and city appearance'],
    illegal_building: ['违法建设', 'Illegal construction'],
    environment: ['环境污染', 'Pollution'],
    market: ['市场监管与消费维权', 'Markets and consumer rights'],
    labour: ['劳动用工与欠薪', 'Employment and unpaid wages'],
    social_security: ['社会保险', 'Social insurance'],
    medical_insurance: ['医疗保障', 'Medical insurance'],
    health: ['医疗卫生', 'Health care'],
    education: ['教育', 'Education'],
    water: ['供水排水', 'Water supply and drainage'],
    public_order: ['社会治安（非紧急）', 'Public order (not an emergency)'],
    civil_affairs: ['民政服务', 'Civil affairs'],
    housing: ['住房与房地产', 'Housing and real estate'],
    public_trading: ['公共资源交易', 'Public resource trading'],
    government_service: ['政务服务', 'Government services'],
    other: ['其他', 'Other'],
  }),
  ...labels('hotline.channel', {
    phone: ['12345 电话', '12345 call'],
    portal: ['网上诉求', 'Online portal'],
    open311: ['开放接口（Open311）', 'Open311 API'],
  }),
  ...labels('hotline.urgency', { normal: ['一般', 'Normal'], urgent: ['紧急', 'Urgent'] }),
  ...labels('hotline.status', {
    pending_dispatch: ['待派单', 'Waiting for dispatch'],
    dispatched: ['待签收', 'Dispatched, not signed for'],
    returned: ['退单待审核', 'Returned, awaiting the dispatcher'],
    in_progress: ['办理中', 'In progress'],
    replied: ['已答复待回访', 'Replied, awaiting follow-up'],
    closed: ['已办结', 'Closed'],
    direct_answered: ['直接答复', 'Answered on the call'],
    redirected: ['已转介', 'Redirected'],
    merged: ['已合并', 'Merged'],
  }),
  ...labels('hotline.follow_up', {
    satisfied: ['满意', 'Satisfied'],
    basically_satisfied: ['基本满意', 'Basically satisfied'],
    dissatisfied: ['不满意', 'Dissatisfied'],
    unreachable: ['未能联系', 'Could not be reached'],
  }),
  ...labels('hotline.redirect', {
    court: ['人民法院', 'People’s court'],
    petition: ['信访部门', 'Petitions office'],
    police_110: ['110 报警', 'Police (110)'],
    fire_119: ['119 火警', 'Fire service (119)'],
    ambulance_120: ['120 急救', 'Ambulance (120)'],
  }),
  // The standard wording read to the caller, recorded with the redirected order.
  ...labels('hotline.redirect_wording', {
    court: [
      '您反映的事项属于人民法院审判、执行工作范围，12345 热线依法不能受理。请向有管辖权的人民法院提出，诉讼服务可拨打 12368 热线咨询。',
      'This belongs to the courts’ adjudication or enforcement, which the 12345 hotline cannot take. Please turn to the competent people’s court; for litigation services call 12368.',
    ],
    petition: [
      '您反映的事项属于信访事项，请依照《信访工作条例》通过广东省网上信访平台、来信或到佛山市信访局接待场所向有权处理的机关提出。',
      'This is a petition (信访) matter. Under the Regulations on Petition Work, please submit it to the competent authority through the Guangdong online petition platform, by letter or at the Foshan petitions office.',
    ],
    police_110: [
      '您反映的情况属于紧急警情，请立即挂机拨打 110 报警。',
      'This is a police emergency: please hang up and call 110 now.',
    ],
    fire_119: [
      '您反映的情况属于火灾或抢险救援，请立即挂机拨打 119。',
      'This is a fire or rescue emergency: please hang up and call 119 now.',
    ],
    ambulance_120: [
      '您反映的情况属于医疗急救，请立即挂机拨打 120 急救电话。',
      'This is a medical emergency: please hang up and call 120 now.',
    ],
  }),
  ...labels('hotline.district', {
    '440604': ['禅城区', 'Chancheng'],
    '440605': ['南海区', 'Nanhai'],
    '440606': ['顺德区', 'Shunde'],
    '440607': ['三水区', 'Sanshui'],
    '440608': ['高明区', 'Gaoming'],
  }),
  'hotline.phone_invalid': {
    'zh-CN': '请填写正确的手机号码或固定电话号码',
    'en-US': 'Enter a valid mobile or landline number',
  },
  'hotline.point_incomplete': {
    'zh-CN': '地图位置须同时有经度和纬度',
    'en-US': 'A map point needs both longitude and latitude',
  },
  'hotline.status_invalid': { 'zh-CN': '工单状态不正确', 'en-US': 'Unknown order status' },
  'hotline.range_reversed': {
    'zh-CN': '开始日期不能晚于结束日期',
    'en-US': 'The start date cannot be after the end date',
  },
  'hotline.unit_unknown': { 'zh-CN': '承办单位不存在', 'en-US': 'No such unit' },
  'hotline.knowledge_unknown': { 'zh-CN': '知识库条目不存在', 'en-US': 'No such knowledge-base entry' },
  'hotline.idempotency_key_required': {
    'zh-CN': '提交工单须带 Idempotency-Key 请求头（UUID）',
    'en-US': 'Creating an order requires an Idempotency-Key header (a UUID)',
  },
  'hotline.idempotency_mismatch': {
    'zh-CN': '同一 Idempotency-Key 已用于另一张不同的工单',
    'en-US': 'This Idempotency-Key was used for a different order',
  },
  'hotline.action_unavailable': {
    'zh-CN': '工单当前状态下不能进行此操作',
    'en-US': 'This action is not available in the order’s current state',
  },
  'hotline.return_refused': {
    'zh-CN': '派单员已审核维持派单，不能再次退单',
    'en-US': 'The dispatcher upheld the dispatch: it cannot be returned again',
  },
  'hotline.return_window_passed': {
    'zh-CN': '已超过退单期限（{until}），不能退单',
    'en-US': 'The time to return it ended on {until}',
  },
  'hotline.reassign_same_unit': {
    'zh-CN': '改派须选择另一个承办单位；维持原单位请选择“维持派单”',
    'en-US': 'Reassigning needs another unit; to keep this one, uphold the dispatch',
  },
  'hotline.extension_pending': {
    'zh-CN': '已有待审批的延期申请',
    'en-US': 'An extension request is waiting for a decision',
  },
  'hotline.extension_exhausted': {
    'zh-CN': '延期已达上限（{max} 个工作日）',
    'en-US': 'Extensions have reached the maximum ({max} working days)',
  },
  'hotline.extension_too_long': {
    'zh-CN': '最多还能延期 {max} 个工作日',
    'en-US': 'At most {max} more working days can be requested',
  },
  'hotline.no_extension_pending': {
    'zh-CN': '没有待审批的延期申请',
    'en-US': 'There is no extension request to decide',
  },
  'hotline.not_late': {
    'zh-CN': '工单未超期，无需督办',
    'en-US': 'The order is not late: nothing to supervise',
  },
  'hotline.direct_answer_consultation_only': {
    'zh-CN': '只有咨询类工单可以直接答复办结',
    'en-US': 'Only a consultation can be answered and closed on the call',
  },
  'hotline.merge_target_invalid': {
    'zh-CN': '只能合并到另一张未办结的工单',
    'en-US': 'An order can only be merged into another order that is still open',
  },
  'hotline.caller_confidential': {
    'zh-CN': '来电人要求保密，承办单位不能查看其身份',
    'en-US': 'The caller asked for confidentiality: units cannot see who called',
  },
  'hotline.person_only': {
    'zh-CN': '请以个人账号登录后提交诉求',
    'en-US': 'Log in with a personal account to submit a request',
  },
  ...labels('open311.group', {
    city: ['城市管理', 'City management'],
    community: ['社区与住房', 'Community and housing'],
    livelihood: ['民生保障', 'Livelihood'],
    market: ['市场与交易', 'Markets and trading'],
    government: ['政务服务', 'Government services'],
  }),
  'open311.service_description': {
    'zh-CN': '向佛山市 12345 政务服务便民热线反映此类诉求',
    'en-US': 'Report this kind of issue to the Foshan 12345 government service hotline',
  },
  'open311.attribute.type': {
    'zh-CN': '诉求类型（默认投诉）',
    'en-US': 'Kind of request (default: complaint)',
  },
  'open311.attribute.district': {
    'zh-CN': '所在区（不填时按地址或坐标判断）',
    'en-US': 'District (when not given: from the address or the point)',
  },
  'open311.notice': {
    'zh-CN': '您的诉求已受理，工单编号 {no}。一般在 {days} 个工作日内答复。',
    'en-US': 'Your request was received as order {no}; a reply normally follows within {days} working days.',
  },
  'open311.api_key_missing': { 'zh-CN': '缺少 api_key', 'en-US': 'api_key is required' },
  'open311.api_key_invalid': { 'zh-CN': 'api_key 无效或已停用', 'en-US': 'api_key is invalid or revoked' },
  'open311.jurisdiction_unknown': {
    'zh-CN': '不存在的 jurisdiction_id：{id}',
    'en-US': 'jurisdiction_id {id} not found',
  },
  'open311.service_code_required': { 'zh-CN': '缺少 service_code', 'en-US': 'service_code is required' },
  'open311.service_code_unknown': {
    'zh-CN': '不存在的 service_code：{code}',
    'en-US': 'service_code {code} not found',
  },
  'open311.request_not_found': { 'zh-CN': '不存在的诉求：{id}', 'en-US': 'service request {id} not found' },
  'open311.token_not_found': { 'zh-CN': '不存在的 token', 'en-US': 'token not found' },
  'open311.date_invalid': {
    'zh-CN': '{field} 须为 ISO 8601 日期时间',
    'en-US': '{field} must be an ISO 8601 date-time',
  },
  'open311.range_too_long': {
    'zh-CN': '起止时间最多相隔 {days} 天',
    'en-US': 'start_date and end_date may be at most {days} days apart',
  },
  'open311.status_invalid': {
    'zh-CN': 'status 只能是 open 或 closed',
    'en-US': 'status must be open or closed',
  },
  'open311.coordinate_invalid': {
    'zh-CN': '{field} 不是有效坐标',
    'en-US': '{field} is not a valid coordinate',
  },
  'open311.location_required': {
    'zh-CN': '须提供位置：lat 和 long、address_string 或 address_id',
    'en-US': 'A location is required: lat and long, address_string or address_id',
  },
  'open311.description_required': {
    'zh-CN': '须填写诉求内容 description',
    'en-US': 'description is required',
  },
  'open311.description_too_long': {
    'zh-CN': 'description 最多 {max} 字',
    'en-US': 'description may have at most {max} characters',
  },
  'open311.attribute_invalid': {
    'zh-CN': 'attribute[{code}] 的值不在可选范围内',
    'en-US': 'attribute[{code}] is not one of the listed values',
  },
  'open311.phone_invalid': { 'zh-CN': 'phone 不是有效电话号码', 'en-US': 'phone is not a valid number' },
  'open311.not_found': { 'zh-CN': '不存在的 Open311 资源', 'en-US': 'No such Open311 resource' },
  'open311.bad_request': { 'zh-CN': '请求无法处理', 'en-US': 'The request could not be processed' },
  'open311.internal': { 'zh-CN': '服务内部错误，请稍后再试', 'en-US': 'Internal error; try again later' },
};
