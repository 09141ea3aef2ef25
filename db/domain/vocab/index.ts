// The vocabulary of DOMAIN.md as code identifiers, one file per area. Their Chinese labels live in ../labels, one
// table per list, read by the core, the CLI, xlsx, prints and the renderer alike. A new register adds its file and
// a line here.
export * from './unit';
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
