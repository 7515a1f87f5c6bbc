// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../../src/renderer/i18n'
import { frozenSample } from '../support/entities'
import { DeleteDialog } from '../../src/renderer/editors/DeleteDialog'
import { EventEditor } from '../../src/renderer/editors/EventEditor'
import { PartnerEditor } from '../../src/renderer/editors/PartnerEditor'
import { CoproductionEditor } from '../../src/renderer/editors/CoproductionEditor'
import { blankEntity } from '../../src/renderer/editors/blank'

afterEach(cleanup)

const plan = frozenSample()
const bronzes = plan.events[0]!

function editEvent(initial = bronzes, isNew = false) {
  const onSave = vi.fn()
  const onCancel = vi.fn()
  render(<EventEditor project={plan} initial={initial} isNew={isNew} onSave={onSave} onCancel={onCancel} />)
  return { onSave, onCancel, dialog: screen.getByRole('dialog') }
}

describe('the event editor', () => {
  it('shows the event in both languages with labelled fields', () => {
    editEvent()
    expect(screen.getByRole('dialog', { name: `Edit event ‘${bronzes.title}’` })).toBeTruthy()
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe(bronzes.title)
    expect((screen.getByLabelText('Title in a second language') as HTMLInputElement).value).toBe(bronzes.titleLocal)
    expect((screen.getByLabelText(/^First day/) as HTMLInputElement).value).toBe('04/15/2027') // jsdom's system is en-US
    expect(within(screen.getByRole('list', { name: 'Partners chosen' })).getByText('Almaty Museum of Arts')).toBeTruthy()
  })

  it('says next to the field that the title is needed once it is left empty', () => {
    editEvent()
    const title = screen.getByRole('textbox', { name: 'Title' })
    fireEvent.change(title, { target: { value: '' } })
    fireEvent.blur(title)
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(title.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toContain('Fill this in.')
  })

  it('refuses a last day before the first, saying both dates, and saves nothing', () => {
    const { onSave } = editEvent()
    fireEvent.change(screen.getByLabelText(/^Last day/), { target: { value: '2027-04-01' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toBe('Please fix 1 problem before saving.')
    expect(screen.getByText(/Ends before it starts \(1 Apr 2027 is before 15 Apr 2027\)/)).toBeTruthy()
  })

  it('a timed event gets its time zone from the venue and saves wall-clock times', () => {
    const blank = blankEntity('event', plan, { title: 'Guqin and Oud', start: '2027-10-09', end: '2027-10-09' })
    const { onSave } = editEvent(blank, true)
    fireEvent.click(screen.getByRole('radio', { name: 'At a time of day' }))
    const venue = screen.getByRole('combobox', { name: /^Venue/ })
    fireEvent.change(venue, { target: { value: 'almaty main' } })
    fireEvent.keyDown(venue, { key: 'Enter' })
    fireEvent.change(screen.getByLabelText('Starts at'), { target: { value: '19:30' } })
    fireEvent.change(screen.getByLabelText('Ends at'), { target: { value: '21:00' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      title: 'Guqin and Oud',
      start: '2027-10-09T19:30',
      end: '2027-10-09T21:00',
      timeZone: 'Asia/Almaty',
      venueId: 'v-almaty-hall',
      country: 'KZ',
      city: 'Almaty',
    })
  })

  it('leaves empty optional fields out of the saved event', () => {
    const blank = blankEntity('event', plan, { title: '  Forum  ' })
    const { onSave } = editEvent(blank, true)
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    const saved = onSave.mock.calls[0]![0] as Record<string, unknown>
    expect(saved.title).toBe('Forum')
    expect('titleLocal' in saved || 'city' in saved || 'budget' in saved || 'notes' in saved).toBe(false)
  })

  it('Esc cancels', () => {
    const { onCancel, dialog } = editEvent()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(onCancel).toHaveBeenCalled()
  })

  it('the country picker finds a country by its Chinese name and the keyboard chooses it', () => {
    editEvent()
    const country = screen.getByRole('combobox', { name: /^Country/ })
    fireEvent.change(country, { target: { value: '埃及' } })
    fireEvent.keyDown(country, { key: 'ArrowDown' })
    const options = within(country.parentElement!).getAllByRole('option')
    expect(options[0]!.textContent).toContain('Egypt')
    fireEvent.keyDown(country, { key: 'Enter' })
    expect((country as HTMLInputElement).value).toBe('Egypt')
  })
})

describe('pickers that scale', () => {
  it('finds a partner by its Chinese name from the keyboard and adds it as a chip, which a button removes again', () => {
    const { onSave } = editEvent()
    const add = screen.getByRole('combobox', { name: 'Add to Partners' })
    add.focus()
    fireEvent.change(add, { target: { value: '辽宁广播' } })
    const options = within(add.parentElement!).getAllByRole('option')
    expect(options[0]!.textContent).toContain('Liaoning Radio and Television')
    fireEvent.keyDown(add, { key: 'Enter' })
    const chips = screen.getByRole('list', { name: 'Partners chosen' })
    expect(within(chips).getByText('辽宁广播电视台')).toBeTruthy()
    expect((add as HTMLInputElement).value).toBe('')
    fireEvent.click(within(chips).getByRole('button', { name: 'Remove ‘Almaty Museum of Arts’' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    const saved = (onSave.mock.calls[0]![0] as { partnerIds: string[] }).partnerIds
    expect(saved).toContain('p-lntv')
    expect(saved).not.toContain('p-almaty-museum')
  })

  it('offers “New venue…” at the foot of the venue list, with what was typed', () => {
    const create = vi.fn()
    render(<EventEditor project={plan} initial={bronzes} isNew={false} onSave={() => undefined} onCancel={() => undefined} create={create} />)
    const venue = screen.getByRole('combobox', { name: /^Venue/ })
    fireEvent.change(venue, { target: { value: 'Mogao Visitor Centre' } })
    const options = within(venue.parentElement!).getAllByRole('option')
    expect(options.at(-1)!.textContent).toBe('New venue…')
    fireEvent.keyDown(venue, { key: 'Enter' })
    expect(create).toHaveBeenCalledWith('venue', expect.objectContaining({ name: 'Mogao Visitor Centre', country: bronzes.country }), expect.any(Function))
  })
})

describe('the partner editor', () => {
  it('adds and removes contact rows and checks their e-mail addresses', () => {
    const onSave = vi.fn()
    render(<PartnerEditor project={plan} initial={blankEntity('partner', plan, { name: 'Dunhuang Academy', nameLocal: '敦煌研究院' })} isNew onSave={onSave} onCancel={() => undefined} />)
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }))
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }))
    fireEvent.change(screen.getByLabelText('Name, contact 1'), { target: { value: 'Li Wei' } })
    fireEvent.change(screen.getByLabelText('E-mail, contact 1'), { target: { value: 'not an address' } })
    fireEvent.click(screen.getByRole('button', { name: /Remove contact 2/ }))
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave).not.toHaveBeenCalled()
    expect(screen.getByText(/does not look like an e-mail address/)).toBeTruthy()
    fireEvent.change(screen.getByLabelText('E-mail, contact 1'), { target: { value: 'li@example.cn' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave.mock.calls[0]![0]).toMatchObject({ name: 'Dunhuang Academy', nameLocal: '敦煌研究院', contacts: [{ name: 'Li Wei', email: 'li@example.cn' }] })
  })
})

describe('the co-production editor', () => {
  it('a new co-production starts with the five standard phases and can lay them out from another day', () => {
    const onSave = vi.fn()
    render(<CoproductionEditor project={plan} initial={blankEntity('coproduction', plan, { title: 'Silk Road Kitchens' })} isNew onSave={onSave} onCancel={() => undefined} />)
    expect(screen.getAllByLabelText(/^Phase, phase \d/)).toHaveLength(5)
    fireEvent.change(screen.getByLabelText('Standard phases from'), { target: { value: '2027-01-04' } })
    fireEvent.click(screen.getByRole('button', { name: 'Replace with standard phases' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    const saved = onSave.mock.calls[0]![0] as { phases: { start: string; end: string }[] }
    expect(saved.phases.map((p) => p.start)).toEqual(['2027-01-04', '2027-02-15', '2027-03-15', '2027-05-24', '2027-07-19'])
  })
})

describe('the delete question', () => {
  it('names the partner and lists every item that uses it', () => {
    const onConfirm = vi.fn()
    render(<DeleteDialog project={plan} ids={['p-almaty-museum']} onConfirm={onConfirm} onCancel={() => undefined} />)
    const dialog = screen.getByRole('alertdialog', { name: 'Delete partner ‘Almaty Museum of Arts’?' })
    expect(within(dialog).getByText(/It is used by 3 events/)).toBeTruthy()
    expect(within(dialog).getByText('Treasures of the Silk Road: Liaoning Bronzes')).toBeTruthy()
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove references and delete' }))
    expect(onConfirm).toHaveBeenCalled()
  })
})

describe('the date fields', () => {
  it('pick a day from a keyboard-operable calendar whose weeks start on the locale’s first day', async () => {
    const bronzes = plan.events.find((e) => e.start === '2027-04-15')!
    render(<EventEditor project={plan} initial={bronzes} isNew={false} onSave={() => undefined} onCancel={() => undefined} />)
    const first = screen.getByLabelText(/^First day/) as HTMLInputElement
    fireEvent.click(screen.getAllByRole('button', { name: 'Choose a date from the calendar' })[0]!)
    const calendar = screen.getByRole('dialog', { name: 'Calendar' })
    await within(calendar).findByRole('grid')
    // en-US: Sunday first.
    expect(calendar.querySelector('thead th')?.getAttribute('aria-label')).toBe('Sunday')
    const focused = document.activeElement as HTMLElement
    expect(focused.closest('td')?.getAttribute('data-day')).toBe('2027-04-15')
    fireEvent.keyDown(focused, { key: 'ArrowRight' })
    // (jsdom does not turn Enter on a button into a click; the e2e presses it.)
    fireEvent.click(document.activeElement!)
    expect(first.value).toBe('04/16/2027')
    expect(screen.queryByRole('dialog', { name: 'Calendar' })).toBeNull()
  })
})
