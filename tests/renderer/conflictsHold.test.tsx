// @vitest-environment jsdom
// The conflicts worker's answers wait while a drag runs (conflictsClient.holdConflicts): the
// window hears that an answer is ready, fetches it when the hold ends, and only then shows it.
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createProject } from '../../src/shared/format'
import { packConflicts } from '../../src/renderer/conflicts/packed'

type Message = { kind: string; seq?: number }

/** A worker that answers every check with one conflict, saying "ready" first as the real one does. */
class FakeWorker {
  static last: FakeWorker | null = null
  readonly received: Message[] = []
  onmessage: ((event: { data: unknown }) => void) | null = null
  onerror: (() => void) | null = null
  constructor() {
    FakeWorker.last = this
  }
  postMessage(message: Message): void {
    this.received.push(message)
    const reply = (data: unknown) => setTimeout(() => this.onmessage?.({ data }))
    if (message.kind === 'check') reply({ kind: 'ready', seq: message.seq })
    if (message.kind === 'fetch') {
      const open = packConflicts([{ id: 'overlap:e-1:e-2', code: 'overlap', itemIds: ['e-1', 'e-2'], values: {} } as never])
      reply({ kind: 'conflicts', seq: message.seq, open, acknowledged: packConflicts([]) })
    }
  }
  terminate(): void {}
}
;(globalThis as unknown as { Worker: typeof FakeWorker }).Worker = FakeWorker

const { holdConflicts, useConflicts } = await import('../../src/renderer/conflicts/conflictsClient')
const project = createProject('Steppe film week', 'Asia/Almaty')

function Count() {
  return <p>{useConflicts(project).open.length} conflicts</p>
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)))

afterEach(cleanup)

describe('conflicts during a drag', () => {
  it('are received only once the drag lets them in', async () => {
    const release = holdConflicts()
    render(<Count />)
    await settle()
    const worker = FakeWorker.last!
    expect(worker.received.some((m) => m.kind === 'check')).toBe(true)
    expect(worker.received.some((m) => m.kind === 'fetch')).toBe(false)
    expect(screen.getByText('0 conflicts')).toBeTruthy()

    release()
    await settle()
    expect(worker.received.filter((m) => m.kind === 'fetch')).toHaveLength(1)
    expect(screen.getByText('1 conflicts')).toBeTruthy()
    // Releasing twice fetches nothing more.
    release()
    await settle()
    expect(worker.received.filter((m) => m.kind === 'fetch')).toHaveLength(1)
  })
})
