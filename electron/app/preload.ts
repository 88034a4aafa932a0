import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './preload-api';

// Sandboxed preload: only 'electron' may be required here, so everything else is bundled in (see vite.config.ts).
contextBridge.exposeInMainWorld(
  'scimWizard',
  buildPreloadApi((fullChannel, payload) => ipcRenderer.invoke(fullChannel, payload)),
);
