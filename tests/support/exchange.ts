// Test helpers of the exchange formats: the sample plan as a Project, and ids that count up.
import { parseProject, type Project } from '../../src/shared/format'
import { sampleText } from './plans'

export function samplePlan(): Project {
  const parsed = parseProject(sampleText)
  if (!parsed.ok) throw new Error('the sample plan is invalid')
  return parsed.project
}

/** New ids `PREFIXimp1`, `PREFIXimp2` … (deterministic, unlike the app's random ones). */
export function countingIds(): (prefix: string) => string {
  let n = 0
  return (prefix) => `${prefix}imp${++n}`
}
