// 涉密计算机、设备与存储介质 for the supervisor (issue 14): each device and medium with its level, state and who
// holds it, and its loans, carrying out and repairs. MAC addresses, disk serials, notes, fault descriptions and
// check remarks stay at the unit. Loans and repairs gain their return in place (no timestamp), and the tables are
// small, so they go whole; the devices themselves by `updated_at`. Nothing of them is ever deleted.
import { tablePart } from './table-part';

const ALWAYS = '1 = 1';

export const DEVICE_PARTS = [
  tablePart({
    id: 'devices',
    label: '涉密计算机、设备与存储介质',
    table: 'devices',
    columns: [
      'id',
      'family',
      'device_no',
      'asset_no',
      'kind',
      'class',
      'level',
      'brand_model',
      'serial_no',
      ['department', '(SELECT d.name FROM departments d WHERE d.id = "devices".department_id)'],
      'custodian_name',
      'location',
      'secret_network',
      'on_internet',
      'monitor_installed',
      'storage_state',
      'status',
      'holder_name',
      'due_on',
      'registered_on',
      'updated_at',
    ],
    changed: 'updated_at >= ?',
    neverDeleted: true,
  }),
  tablePart({
    id: 'device_movements',
    label: '设备与介质借用、携带外出',
    table: 'device_movements',
    columns: [
      'id',
      'device_id',
      'kind',
      'person_name',
      'content_level',
      'destination',
      'started_on',
      'due_on',
      'returned_on',
      'checker_name',
    ],
    changed: ALWAYS,
    neverDeleted: true,
  }),
  tablePart({
    id: 'device_repairs',
    label: '设备维修',
    table: 'device_repairs',
    columns: [
      'id',
      'device_id',
      'mode',
      'vendor',
      'vendor_qualified',
      'agreement_signed',
      'escort_name',
      'storage_removed',
      'started_on',
      'returned_on',
    ],
    changed: ALWAYS,
    neverDeleted: true,
  }),
];
