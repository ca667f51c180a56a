import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/contract/ipc-contract';
import { windowKindFromArgv, windowSlices } from '../shared/contract/window-slices';
import { createBridge } from './create-bridge';

// Main names the window in its renderer's command line; a window it did not name gets no channels at all.
const kind = windowKindFromArgv(process.argv);
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer, kind ? windowSlices[kind] : { invoke: [], events: [] }));
