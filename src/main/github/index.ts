export { createGitHubHandlers, type GitHubHandlerDeps } from './github-handlers';
export { AnalysisPublisher } from './github-publisher';
export { createGitHubClient } from './github-client';
export { ExportOutbox } from './export-outbox';
export { createTokenStore } from './token-store';
