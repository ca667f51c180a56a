export * from './analysis-document';
export * from './analysis-input';
export * from './analysis-metrics';
export * from './analysis-template';
export * from './document-file-name';
export * from './pull-request-text';
export * from './analysis-export';
export * from './analysis-invite';
