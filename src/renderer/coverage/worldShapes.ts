// The world map's country outlines, drawn once: Natural Earth's 1:110m countries packaged by
// world-atlas (TopoJSON, in the app bundle: no tiles, no network), decoded with topojson-client
// and projected with d3-geo's Equal Earth (areas true to size, so no country looks bigger than it is).
import { geoEqualEarth, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries from 'i18n-iso-countries'
import world from 'world-atlas/countries-110m.json'

/** The map's drawing size in SVG units. */
export const MAP_WIDTH = 960
export const MAP_HEIGHT = 440

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or '' for a territory without one (Kosovo, N. Cyprus…). */
  code: string
  /** SVG path data. */
  d: string
}

const ANTARCTICA = '010'
let shapes: CountryShape[] | null = null

/** Every country outline of the map (Antarctica left out: nothing is planned there and it takes a fifth of the height). */
export function worldShapes(): readonly CountryShape[] {
  if (shapes) return shapes
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const all = feature(topology, topology.objects.countries)
  const land = { ...all, features: all.features.filter((f) => f.id !== ANTARCTICA) }
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], land)
  const path = geoPath(projection)
  shapes = land.features.map((f) => ({ code: f.id === undefined ? '' : (countries.numericToAlpha2(String(f.id)) ?? ''), d: path(f) ?? '' }))
  return shapes
}
