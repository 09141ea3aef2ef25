// Part 2 of the 台账 (REFERENCE §2.1): 事项一览表, the year's produced, declassified and received carriers, 绝密
// knowers, meetings, publication reviews, computers, media, loans, prints, copies, repairs, 技防设备.
import {
  CARRIER_TYPE_LABELS,
  DEVICE_KIND_LABELS,
  LEVEL_LABELS,
  MEETING_KIND_LABELS,
  PROTECTION_CATEGORY_LABELS,
  REPAIR_MODE_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_PURPOSE_LABELS,
  TERM_KIND_LABELS,
} from '../../../db/domain/labels';
import {
  day,
  label,
  list,
  numbered,
  printedLines,
  query,
  yes,
  type Cell,
  type SectionSource,
  type YearSpan,
} from './section-source';

const level = (v: Cell) => (v === '' || v === undefined ? '' : label(LEVEL_LABELS, v));

/** Devices or media on the books during the year: registered by its end, not retired or destroyed before it. */
const onBooks = (family: 'device' | 'medium') =>
  `FROM devices v LEFT JOIN departments d ON d.id = v.department_id
   WHERE v.family = '${family}' AND v.class = 'classified' AND v.registered_on <= ?
     AND NOT EXISTS (SELECT 1 FROM device_events e WHERE e.device_id = v.id
                     AND e.kind IN ('retire', 'destroy') AND e."on" < ?)
   ORDER BY v.device_no, v.id`;

const carriersOf = (source: string) => (db: Parameters<SectionSource['rows']>[0], y: YearSpan) =>
  numbered(
    query(
      db,
      `SELECT registered_on, name, doc_no, level, type, copy_count, need_to_know, issuer FROM carriers
       WHERE source = ? AND registered_on BETWEEN ? AND ? ORDER BY registered_on, id`,
      source,
      y.from,
      y.to,
    ).map(([d, n, no, l, t, copies, range, issuer]) => [
      d,
      n,
      no,
      level(l),
      label(CARRIER_TYPE_LABELS, t),
      copies,
      list(range),
      issuer,
    ]),
  );

export const REGISTER_SECTIONS: SectionSource[] = [
  {
    id: 'classification_items',
    headings: [
      '序号',
      '事项名称',
      '定密责任人',
      '密级',
      '保密期限类型',
      '期限（年）',
      '解密条件',
      '产生部门',
    ],
    rows: (db) =>
      numbered(
        query(
          db,
          `SELECT name, classifier_name, level, term_kind, term_years, declassify_condition, department
           FROM classification_items WHERE active = 1 ORDER BY id`,
        ).map(([n, c, l, k, ...rest]) => [n, c, level(l), label(TERM_KIND_LABELS, k), ...rest]),
      ),
  },
  {
    id: 'produced',
    headings: ['序号', '日期', '密件名称', '文号', '密级', '载体形式', '数量', '分发范围', '制发单位'],
    rows: carriersOf('produced'),
  },
  {
    id: 'declassified',
    headings: ['序号', '日期', '密件名称', '文号', '原密级', '载体形式', '决定人', '通知文号'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT k.decided_on, c.name, c.doc_no, coalesce(k.level_before, c.level), c.type, k.decided_by, k.notice_no
           FROM classification_decisions k JOIN carriers c ON c.id = k.carrier_id
           WHERE k.kind = 'declassify' AND k.decided_on BETWEEN ? AND ? ORDER BY k.decided_on, k.id`,
          y.from,
          y.to,
        ).map(([d, n, no, l, t, ...rest]) => [d, n, no, level(l), label(CARRIER_TYPE_LABELS, t), ...rest]),
      ),
  },
  {
    id: 'received',
    headings: ['序号', '日期', '名称', '文号', '密级', '载体形式', '数量', '知悉范围', '来文单位'],
    rows: carriersOf('received'),
  },
  {
    id: 'top_secret_knowers',
    headings: [
      '序号',
      '文件名称（文号）',
      '发文机关',
      '发文日期',
      '收文日期',
      '接触人员',
      '部门',
      '时间',
      '方式',
    ],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT c.name || CASE WHEN c.doc_no IS NULL OR c.doc_no = '' THEN '' ELSE '（' || c.doc_no || '）' END,
             c.issuer, c.issued_on, c.registered_on, k.name, k.department, k.known_on, k.how
           FROM carrier_knowers k JOIN carriers c ON c.id = k.carrier_id
           WHERE c.level = 'top_secret' AND k.known_on BETWEEN ? AND ? ORDER BY k.known_on, k.id`,
          y.from,
          y.to,
        ),
      ),
  },
  {
    id: 'classified_meetings',
    headings: ['序号', '类别', '名称', '涉密等级', '时间', '地点', '知悉范围', '主要管理措施'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT kind, name, level, starts_on, place, attendees, measures FROM classified_meetings
           WHERE starts_on BETWEEN ? AND ? ORDER BY starts_on, id`,
          y.from,
          y.to,
        ).map(([k, n, l, on, place, attendees, measures]) => [
          label(MEETING_KIND_LABELS, k),
          n,
          level(l),
          on,
          place,
          list(attendees),
          measures,
        ]),
      ),
  },
  {
    id: 'publication_reviews',
    headings: [
      '序号',
      '信息标题',
      '承办部门',
      '用途',
      '发布途径或接收方',
      '申请日期',
      '审查结论',
      '办结日期',
    ],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT r.title, d.name, r.purpose, r.recipient, r.applied_on, r.outcome, r.decided_on
           FROM reviews r LEFT JOIN departments d ON d.id = r.department_id
           WHERE r.applied_on BETWEEN ? AND ? ORDER BY r.applied_on, r.id`,
          y.from,
          y.to,
        ).map(([t, d, p, rc, a, o, dd]) => [
          t,
          d,
          label(REVIEW_PURPOSE_LABELS, p),
          rc,
          a,
          o === '' ? '审查中' : label(REVIEW_OUTCOME_LABELS, o),
          dd,
        ]),
      ),
  },
  {
    id: 'computers',
    headings: [
      '序号',
      '编号',
      '类型',
      '责任人',
      '密级',
      '机型',
      '硬盘序列号',
      '部门/部位',
      '涉密网络',
      '安装监控审计',
    ],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT v.device_no, v.kind, v.custodian_name, v.level, v.brand_model, v.disk_serials,
             coalesce(d.name, '') || CASE WHEN v.location IS NULL THEN '' ELSE ' ' || v.location END,
             v.secret_network, v.monitor_installed ${onBooks('device')}`,
          y.to,
          y.from,
        ).map(([no, k, c, l, m, disks, place, net, mon]) => [
          no,
          label(DEVICE_KIND_LABELS, k),
          c,
          level(l),
          m,
          list(disks),
          place,
          net,
          yes(mon),
        ]),
      ),
  },
  {
    id: 'media',
    headings: ['序号', '编号', '介质类型', '密级', '责任人', '序列号', '部门/部位'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT v.device_no, v.kind, v.level, v.custodian_name, v.serial_no,
             coalesce(d.name, '') || CASE WHEN v.location IS NULL THEN '' ELSE ' ' || v.location END
           ${onBooks('medium')}`,
          y.to,
          y.from,
        ).map(([no, k, l, ...rest]) => [no, label(DEVICE_KIND_LABELS, k), level(l), ...rest]),
      ),
  },
  {
    id: 'loans',
    headings: [
      '序号',
      '借阅时间',
      '文件名称',
      '密级',
      '文号',
      '份号',
      '借阅人',
      '审批人',
      '应还日期',
      '归还时间',
    ],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT m.started_on, c.name, c.level, c.doc_no, cp.copy_no, m.person_name, a.approver_name, m.due_on,
             m.returned_on
           FROM carrier_movements m JOIN carriers c ON c.id = m.carrier_id
           LEFT JOIN carrier_copies cp ON cp.id = m.copy_id LEFT JOIN approvals a ON a.id = m.approval_id
           WHERE m.kind = 'borrow' AND m.started_on BETWEEN ? AND ? ORDER BY m.started_on, m.id`,
          y.from,
          y.to,
        ).map(([d, n, l, ...rest]) => [d, n, level(l), ...rest]),
      ),
  },
  {
    id: 'prints',
    headings: ['序号', '打印时间', '设备', '打印人', '份数', '打印内容', '最高密级'],
    note: '取自涉密计算机使用登记中登记了打印的记录。',
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT u.started_at, v.device_no, u.user_name, u.prints, u.print_detail, u.max_level
           FROM device_usage u JOIN devices v ON v.id = u.device_id
           WHERE u.prints > 0 AND substr(u.started_at, 1, 10) BETWEEN ? AND ? ORDER BY u.started_at, u.id`,
          y.from,
          y.to,
        ).map(([at, ...rest]) => {
          const [device, user, copies, detail, l] = rest;
          return [
            String(at).slice(0, 16).replace('T', ' '),
            device,
            user,
            copies,
            printedLines(detail, LEVEL_LABELS),
            level(l ?? ''),
          ];
        }),
      ),
  },
  {
    id: 'copies',
    headings: [
      '序号',
      '复制日期',
      '文件名称',
      '制发单位',
      '密级',
      '文号',
      '份数',
      '每份页数',
      '原件编号',
      '批准人',
    ],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT c.registered_on, c.name, c.issuer, c.level, c.doc_no, c.copy_count, c.pages, o.carrier_no, c.signed_by
           FROM carriers c LEFT JOIN carriers o ON o.id = c.original_id
           WHERE c.source = 'copied' AND c.registered_on BETWEEN ? AND ? ORDER BY c.registered_on, c.id`,
          y.from,
          y.to,
        ).map(([d, n, i, l, ...rest]) => [d, n, i, level(l), ...rest]),
      ),
  },
  {
    id: 'repairs',
    headings: [
      '序号',
      '使用部门',
      '设备（型号、编号）',
      '密级',
      '维修原因',
      '维修方式',
      '送修时间',
      '维修单位',
      '监修人',
      '返回时间',
    ],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT d.name, v.brand_model || '（' || v.device_no || '）', v.level, r.fault, r.mode, r.started_on,
             r.vendor, r.escort_name, r.returned_on
           FROM device_repairs r JOIN devices v ON v.id = r.device_id LEFT JOIN departments d ON d.id = v.department_id
           WHERE r.started_on BETWEEN ? AND ? ORDER BY r.started_on, r.id`,
          y.from,
          y.to,
        ).map(([d, m, l, f, mode, ...rest]) => [d, m, level(l), f, label(REPAIR_MODE_LABELS, mode), ...rest]),
      ),
  },
  {
    id: 'tech_protection',
    headings: ['序号', '登记时间', '装备部门/部位', '类别', '设备名称及用途', '数量'],
    note: '取自要害部门部位登记的技防措施。',
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT substr(p.created_at, 1, 10), k.name, p.category, p.item, p.quantity
           FROM key_site_protections p JOIN key_sites k ON k.id = p.site_id
           WHERE p.category = 'technical' AND substr(p.created_at, 1, 10) <= ?
             AND (k.revoked_on IS NULL OR k.revoked_on >= ?) ORDER BY k.id, p.id`,
          y.to,
          y.from,
        ).map(([d, n, c, ...rest]) => [day(d), n, label(PROTECTION_CATEGORY_LABELS, c), ...rest]),
      ),
  },
];
