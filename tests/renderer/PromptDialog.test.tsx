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

describe('the save-failed message', () => {
  it('names the broken item and its place, then says what is wrong, in words', () => {
    render(
      <PromptDialog
        prompt={{
          question: {
            kind: 'saveFailed',
            name: 'silk-road.caravan',
            errors: [
              { path: 'partners[2].name', code: 'format.textEmpty', values: { thing: 'partner', field: 'name' }, subject: { kind: 'partner', name: 'p-khabar' } },
              { path: '', code: 'store.writeFull', values: { file: '/plans/silk-road.caravan' } },
            ],
          },
          answer: vi.fn(),
        }}
      />,
    )
    const lines = [...document.querySelectorAll('.issue-list li')].map((li) => li.textContent)
    expect(lines).toEqual([
      'Partner ‘p-khabar’ (partners[2].name) — is empty; give the partner a name',
      'Whole file — Caravan could not save /plans/silk-road.caravan: the disk is full. Free some space and save again; the file on disk is unchanged.',
    ])
  })
})
