// An inventory discrepancy (a missing or discrepant copy) and its incident: the incident opened from it, or the
// button that opens one, linked both ways (the incident names the line and the carrier; the line shows it).
import { Button, Tag } from 'antd';
import { useState } from 'react';
import type { InventoryLineView } from '../../../electron/ipc/contract';
import { INVENTORY_RESULT_LABELS, LEVEL_LABELS, REPORT_CLOCK_LABELS } from '../../../db/domain/labels';
import { NATIONAL_LEVELS, type NationalLevel } from '../../../db/domain/vocab';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { OpenIncidentModal } from './IncidentForms';

const isNational = (l: string): l is NationalLevel => (NATIONAL_LEVELS as readonly string[]).includes(l);

export function DiscrepancyIncident({ line }: { line: InventoryLineView }) {
  const linked = useLoad('incidents:of', { kind: 'inventory_line', refId: line.id }, [
    'incidents',
    'inventory',
  ]);
  const [opening, setOpening] = useState(false);
  const incident = linked.value?.[0];
  if (incident)
    return (
      <Tag
        color="red"
        style={{ cursor: 'pointer' }}
        title={`${incident.title}：${REPORT_CLOCK_LABELS[incident.clock.state]}`}
        onClick={() => navigate('reg/incidents')}
      >
        已按泄密事件报告
      </Tag>
    );
  const what = `${line.carrierNo}《${line.name}》第${line.copyNo}份`;
  return (
    <>
      <Button size="small" danger onClick={() => setOpening(true)}>
        按泄密事件报告
      </Button>
      {opening ? (
        <OpenIncidentModal
          onClose={() => setOpening(false)}
          initial={{
            title: `${isNational(line.level) ? LEVEL_LABELS[line.level] : ''}载体清点${INVENTORY_RESULT_LABELS[line.result]}：${line.name}`,
            discoveryHow: `清点时发现${what}${INVENTORY_RESULT_LABELS[line.result]}（应由${line.expectedHolder}保管）${line.note ? `：${line.note}` : ''}`,
            ...(isNational(line.level) ? { level: line.level } : {}),
          }}
          links={[
            { kind: 'inventory_line', refId: line.id, label: `清点差异：${what}` },
            { kind: 'carrier', refId: line.carrierId, label: what },
          ]}
        />
      ) : null}
    </>
  );
}
