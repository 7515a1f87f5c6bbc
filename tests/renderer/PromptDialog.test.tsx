// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../../src/renderer/i18n'
import { PromptDialog } from '../../src/renderer/components/PromptDialog'

afterEach(cleanup)

describe('the unsaved-changes question', () => {
  const ask = () => {
    const answer = vi.fn()
    render(<PromptDialog prompt={{ question: { kind: 'unsaved', action: 'open', title: 'Silk Road 2027' }, answer }} />)
    return answer
  }

  it('asks about the plan by name and offers Save, Don’t Save and Cancel, with Save focused', () => {
    ask()
    const dialog = screen.getByRole('alertdialog', { name: 'Save changes to ‘Silk Road 2027’ before opening another file?' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Save', "Don't Save", 'Cancel'])
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }))
  })

  it('Esc answers Cancel', () => {
    const answer = ask()
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' })
    expect(answer).toHaveBeenCalledWith('cancel')
  })

  it('Tab stays inside the dialog', () => {
    ask()
    const dialog = screen.getByRole('alertdialog')
    const cancel = screen.getByRole('button', { name: 'Cancel' })
    cancel.focus()
    fireEvent.keyDown(dialog, { key: 'Tab' })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }))
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(cancel)
  })

  it("Don't Save answers discard", () => {
    const answer = ask()
    fireEvent.click(screen.getByRole('button', { name: "Don't Save" }))
    expect(answer).toHaveBeenCalledWith('discard')
  })
})
