import type { CaravanApi } from '../shared/ipc'

declare global {
  interface Window {
    caravan: CaravanApi
  }
}
