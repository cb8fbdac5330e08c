export * from './ids';
export * from './enums';
export * from './rows';
export * from './tables';
export * from './post-date';
