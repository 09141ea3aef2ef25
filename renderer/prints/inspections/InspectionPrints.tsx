// The check's paper: 保密工作自查表 (the filled checklist, signed), 整改通知书 (one per department: its
// findings, requirements and deadlines) and 整改情况报告 (what was done about each finding). Routes
// `print/inspection-{checklist,notice,report}-<id>`.
import { Spin } from 'antd';
import { Fragment } from 'react';
import type { FindingView, InspectionView } from '../../../electron/ipc/contract';
import {
  CHECK_ANSWER_LABELS,
  CHECK_AREA_LABELS,
  CHECK_KIND_LABELS,
  FINDING_SEVERITY_LABELS,
  FINDING_STATE_LABELS,
} from '../../../db/domain/labels';
import { call } from '../../api';
import { printDate } from '../../i18n/format';
import { scopeText } from '../../registers/inspections/scope';
import { InspectionSheet, Signatures, useSheet } from './InspectionSheet';

const BACK = 'reg/inspections';
const nw = { whiteSpace: 'nowrap' as const };

function Head({ c }: { c: InspectionView }) {
  return (
    <table className="print-table">
      <tbody>
        <tr>
          <th>检查名称</th>
          <td>{c.title}</td>
          <th>检查类型</th>
          <td>{CHECK_KIND_LABELS[c.kind]}</td>
        </tr>
        <tr>
          <th>被查部门</th>
          <td>{scopeText(c)}</td>
          <th>检查期间</th>
          <td>{c.period}</td>
        </tr>
        <tr>
          <th>检查人员</th>
          <td>{c.inspectors}</td>
          <th>检查日期</th>
          <td>{printDate(c.checkedOn)}</td>
        </tr>
        {c.authority ? (
          <tr>
            <th>检查机关</th>
            <td colSpan={3}>{c.authority}</td>
          </tr>
        ) : null}
        {c.opinion ? (
          <tr>
            <th>检查意见</th>
            <td colSpan={3}>{c.opinion}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

function Checklist({ c }: { c: InspectionView }) {
  return (
    <>
      <Head c={c} />
      <table className="print-table" style={{ marginTop: 8 }}>
        <thead>
          <tr>
            <th className="num">序号</th>
            <th style={{ width: '52%' }}>检查内容</th>
            <th>结果</th>
            <th>说明 / 发现问题</th>
          </tr>
        </thead>
        <tbody>
          {c.checklist.map((i, n) => (
            <Fragment key={i.id}>
              {n === 0 || c.checklist[n - 1]?.area !== i.area ? (
                <tr>
                  <td colSpan={4}>
                    <strong>{CHECK_AREA_LABELS[i.area]}</strong>
                  </td>
                </tr>
              ) : null}
              <tr>
                <td className="num">{i.seq}</td>
                <td>{i.text}</td>
                <td style={nw}>{i.answer ? CHECK_ANSWER_LABELS[i.answer] : '未填'}</td>
                <td>{i.note ?? ''}</td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      <p>
        共 {c.items} 项，符合 {c.checklist.filter((i) => i.answer === 'pass').length} 项，不符合 {c.failed}{' '}
        项， 不适用 {c.checklist.filter((i) => i.answer === 'na').length} 项。
      </p>
      <Signatures who={['检查人', '被查部门负责人', '保密员']} dated={false} />
    </>
  );
}

function byDepartment(fs: FindingView[]): [string, FindingView[]][] {
  const m = new Map<string, FindingView[]>();
  for (const f of fs) {
    const k = f.department ?? '（未定责任部门）';
    m.set(k, [...(m.get(k) ?? []), f]);
  }
  return [...m.entries()];
}

function Notices({ c }: { c: InspectionView }) {
  const groups = byDepartment(c.findings.filter((f) => f.status !== 'carried_over'));
  if (groups.length === 0) return <p>本次检查未发现需要整改的问题。</p>;
  return (
    <>
      {groups.map(([dept, fs], n) => (
        <section key={dept} style={n > 0 ? { breakBefore: 'page' } : undefined}>
          <p>
            <strong>{dept}：</strong>
          </p>
          <p>
            {printDate(c.checkedOn)}，{c.authority ?? '本单位'}对你部门开展{CHECK_KIND_LABELS[c.kind]}（
            {c.title}）， 发现下列问题。请按要求限期整改，整改完成后书面报告整改情况，经验收后销号。
          </p>
          <table className="print-table">
            <thead>
              <tr>
                <th className="num">序号</th>
                <th style={{ width: '34%' }}>存在问题</th>
                <th>严重程度</th>
                <th style={{ width: '28%' }}>整改要求</th>
                <th>责任人</th>
                <th>整改期限</th>
              </tr>
            </thead>
            <tbody>
              {fs.map((f, i) => (
                <tr key={f.id}>
                  <td className="num">{i + 1}</td>
                  <td>{f.what}</td>
                  <td style={nw}>{FINDING_SEVERITY_LABELS[f.severity]}</td>
                  <td>{f.requirement ?? ''}</td>
                  <td style={nw}>{f.responsible ?? ''}</td>
                  <td style={nw}>{printDate(f.deadline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Signatures who={['签发人', '接收部门负责人']} dated={false} />
        </section>
      ))}
    </>
  );
}

function Report({ c }: { c: InspectionView }) {
  const closed = c.findings.filter((f) => f.status === 'closed').length;
  return (
    <>
      {/* Seven columns with long text: landscape, so each cell stays readable. */}
      <style>{'@page { size: A4 landscape; }'}</style>
      <Head c={c} />
      <p style={{ marginTop: 8 }}>
        本次检查共发现问题 {c.findings.length} 个，已整改验收 {closed} 个，
        {c.findings.length - closed > 0
          ? `未完成 ${c.findings.length - closed} 个（见下表）`
          : '全部整改完毕'}
        。
      </p>
      <table className="print-table">
        <thead>
          <tr>
            <th className="num">序号</th>
            <th style={{ width: '26%' }}>存在问题</th>
            <th>责任部门</th>
            <th>整改期限</th>
            <th style={{ width: '26%' }}>整改情况</th>
            <th>验收</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {c.findings.map((f, i) => (
            <tr key={f.id}>
              <td className="num">{i + 1}</td>
              <td>{f.what}</td>
              <td style={nw}>{f.department ?? ''}</td>
              <td style={nw}>{printDate(f.deadline)}</td>
              <td>
                {f.rectification ?? ''}
                {f.carryOverReason
                  ? `${f.rectification ? '；' : ''}检查结束时结转：${f.carryOverReason}`
                  : ''}
              </td>
              <td>{f.verifiedOn ? `${f.verifier ?? ''} ${printDate(f.verifiedOn)}` : ''}</td>
              <td style={nw}>
                {FINDING_STATE_LABELS[f.state]}
                {f.overdue ? `（${f.overdueDays} 天）` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Signatures who={['保密员', '保密工作负责人']} />
    </>
  );
}

const TITLES = { checklist: '保密工作自查表', notice: '整改通知书', report: '整改情况报告' } as const;

export function InspectionPrint({ name }: { name: string }) {
  const [, which, id] = /^inspection-(checklist|notice|report)-(\d+)$/.exec(name) ?? [];
  const kind = (which ?? 'checklist') as keyof typeof TITLES;
  const { value, error } = useSheet(() => call('inspections:get', { inspectionId: Number(id) }), name);
  return (
    <InspectionSheet title={TITLES[kind]} back={BACK} error={error}>
      {!value ? (
        <Spin />
      ) : kind === 'checklist' ? (
        <Checklist c={value} />
      ) : kind === 'notice' ? (
        <Notices c={value} />
      ) : (
        <Report c={value} />
      )}
    </InspectionSheet>
  );
}
