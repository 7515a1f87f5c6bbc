import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { places as cities } from './generateData'
import { isTimeZone } from './checks'
import { zoneOfPlace } from './placeZones'

describe('the time zone of a place', () => {
  it('gives a city of a country with several zones its own zone, by its English, Chinese or Russian name', () => {
    expect(zoneOfPlace('RU', 'Novosibirsk')).toBe('Asia/Novosibirsk')
    expect(zoneOfPlace('RU', '符拉迪沃斯托克')).toBe('Asia/Vladivostok')
    expect(zoneOfPlace('RU', 'Екатеринбург')).toBe('Asia/Yekaterinburg')
    expect(zoneOfPlace('KZ', 'aktobe')).toBe('Asia/Aqtobe')
    expect(zoneOfPlace('ID', 'Bali')).toBe('Asia/Makassar')
    expect(zoneOfPlace('CN', '乌鲁木齐')).toBe('Asia/Urumqi')
  })

  it('falls back to the country’s main zone for a city it does not know, or none', () => {
    expect(zoneOfPlace('RU', 'Tver')).toBe('Europe/Moscow')
    expect(zoneOfPlace('KZ', '')).toBe('Asia/Almaty')
    expect(zoneOfPlace('eg')).toBe('Africa/Cairo')
    expect(zoneOfPlace('ZZ', 'Nowhere')).toBeUndefined()
  })

  it('agrees with the places generated plans use', () => {
    for (const place of cities) expect(zoneOfPlace(place.country, place.city), `${place.city}, ${place.country}`).toBe(place.zone)
  })

  it('only ever names zones this runtime knows, whatever the city is called', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cities.map((c) => c.country), 'RU', 'US', 'AU', 'ID'), fc.string(), (country, city) => {
        const zone = zoneOfPlace(country, city)
        expect(zone !== undefined && isTimeZone(zone)).toBe(true)
      }),
    )
  })
})
