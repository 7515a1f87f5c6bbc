// The preload: exposes `window.caravan` (the IPC contract) and nothing else. Raw ipcRenderer
// never reaches the page; channel and event names are checked here as well as in main, so even
// a script typed into devtools can only make the calls the contract lists.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { channels, eventNames, isChannel, type CaravanApi } from '../shared/ipc'
import { createListenerHub } from './listeners'
import { withEarlyStart } from './earlyStart'

const hub = createListenerHub()
for (const event of eventNames) {
  ipcRenderer.on(event, (_ipcEvent, payload: unknown) => hub.emit(event, payload))
}

const invoke: CaravanApi['invoke'] = (channel, args) => {
  if (!isChannel(channel)) return Promise.reject(new Error(`caravan.invoke: unknown call "${String(channel)}". Known calls: ${channels.join(', ')}.`))
  return ipcRenderer.invoke(channel, args)
}

const api = {
  host: 'electron',
  platform: process.platform,
  invoke: withEarlyStart(invoke),
  on: (event, listener) => hub.on(event, listener),
  // A sandboxed page has no File.path: Electron tells the path of a file the user dropped.
  pathOfDropped: (file) => (file instanceof File ? webUtils.getPathForFile(file) : ''),
} satisfies CaravanApi

contextBridge.exposeInMainWorld('caravan', api)
