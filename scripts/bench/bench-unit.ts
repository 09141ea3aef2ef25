// The unit the standalone benches set up (the demo's own names, so a demo database opens with the same login).
export const BENCH_SETUP = {
  unit: {
    name: '某市档案局',
    kind: 'organ',
    unitCode: '11110000MB0123456X',
    hostLevel: 'secret',
    adminMode: 'small',
  },
  account: { username: 'wangli', displayName: '王丽', password: 'Baomi#2026ok' },
} as const;
