// The Chinese label of every code of the vocabulary, one per code, read by the core, CLI, xlsx, prints and screens
// alike (pure data; test/db/labels.test.ts checks the tables and that no copy grows back outside this folder). A
// subset list (national and host levels, movement and decision kinds, export media) reads the larger list's table.
// One file per area of DOMAIN.md, as in ../vocab; a new register adds its file and a line here.
export * from './unit';
export * from './approvals';
export * from './carriers';
export * from './persons';
export * from './exchange';
export * from './devices';
export * from './inspections';
export * from './incidents';
export * from './reviews';
export * from './trainings';
export * from './files';
export * from './yearbook';
export * from './supervision';
export * from './notices';
