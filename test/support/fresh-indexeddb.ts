import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';

// Mutation runs keep one test thread for thousands of runs (mutation/kept-thread-pool.mts), and libraries stay
// loaded in it: without this, every database a test ever made would still be there on the next run, and
// memory would only grow. Each test file starts from an empty IndexedDB, as in its own thread under `npm test`.
globalThis.indexedDB = new IDBFactory();
Dexie.dependencies.indexedDB = globalThis.indexedDB;
