export * from './model';
export * from './dates';
export * from './stages';
export * from './plan';
export * from './derive';
export * from './overview';
