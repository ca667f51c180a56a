export { createCommsHandlers, type CommsHandlerDeps } from './comms-handlers';
