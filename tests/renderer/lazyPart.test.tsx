// @vitest-environment jsdom
// Parts of the window fetched when first shown: the part appears when it arrives, and a part that
// cannot be fetched (a damaged install) tells the planner so instead of leaving the window blank.
import { Component, type ReactNode } from 'react'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../../src/renderer/i18n'
import { LazyDialog, LazyScreen, lazyPart } from '../../src/renderer/components/Lazy'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

class Outer extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null }
  static getDerivedStateFromError(error: Error) {
    return { message: error.message }
  }
  override render() {
    return this.state.message === null ? this.props.children : <p>Window failed: {this.state.message}</p>
  }
}

const Figures = lazyPart(async () => ({ name }: { name: string }) => <h2>Coverage of {name}</h2>)
const missing = () => lazyPart<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: app://caravan/assets/CoverageScreen.js')))

describe('a part of the window fetched on demand', () => {
  it('shows the part once it has arrived', async () => {
    render(
      <LazyScreen>
        <Figures name="Silk Road 2027" />
      </LazyScreen>,
    )
    expect(await screen.findByRole('heading', { name: 'Coverage of Silk Road 2027' })).toBeTruthy()
  })

  it('a screen that cannot be fetched says so and what to do', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const Broken = missing()
    render(
      <LazyScreen>
        <Broken />
      </LazyScreen>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Caravan could not load this part')
    expect(alert.textContent).toContain('reinstall Caravan')
  })

  it('a dialog that cannot be fetched says so in a dialog that closes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const Broken = missing()
    const close = vi.fn()
    render(
      <LazyDialog onClose={close}>
        <Broken />
      </LazyDialog>,
    )
    const dialog = await screen.findByRole('alertdialog', { name: 'Caravan could not load this part' })
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(close).toHaveBeenCalledOnce()
    expect(dialog.textContent).toContain('Your plan is not affected')
  })

  it('a part that breaks while it runs is not called a damaged install', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const Buggy = lazyPart<object>(async () => () => {
      throw new Error('lanes of nothing')
    })
    render(
      <Outer>
        <LazyScreen>
          <Buggy />
        </LazyScreen>
      </Outer>,
    )
    expect((await screen.findByText(/Window failed/)).textContent).toContain('lanes of nothing')
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
