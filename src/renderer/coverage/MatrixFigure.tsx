import { useTranslation } from 'react-i18next'
import type { Matrix } from '../../shared/coverage'
import { CountButton } from './CountButton'
import { GapList } from './GapList'
import { shadeOf } from './names'

/** Channels × audiences: each cell a count that clicks through, gaps marked and listed in words. */
export function MatrixFigure({ matrix, name }: { matrix: Matrix; name: (id: string) => string }) {
  const { t } = useTranslation()
  const gaps = matrix.rows.flat().filter((cell) => cell.ids.length === 0)
  return (
    <section className="cv-card cv-wide" aria-labelledby="cv-matrix-title">
      <h2 id="cv-matrix-title">{t('coverage.matrix.title')}</h2>
      <p className="cv-hint">{t('coverage.matrix.hint')}</p>
      <div className="cv-matrix-wrap">
        <table className="cv-matrix">
          <thead>
            <tr>
              <th scope="col" className="cv-corner">
                {t('coverage.matrix.corner')}
              </th>
              {matrix.audienceIds.map((id) => (
                <th key={id} scope="col" dir="auto">
                  {name(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row, r) => (
              <tr key={matrix.channelIds[r]}>
                <th scope="row" dir="auto">
                  {name(matrix.channelIds[r]!)}
                </th>
                {row.map((cell) => {
                  const values = { channel: name(cell.channelId), audience: name(cell.audienceId), count: cell.ids.length }
                  const gap = cell.ids.length === 0
                  return (
                    <td key={cell.audienceId}>
                      <CountButton
                        ids={cell.ids}
                        origin={{ figure: 'pair', channelId: cell.channelId, audienceId: cell.audienceId }}
                        label={gap ? t('coverage.matrix.gapCell', values) : t('coverage.matrix.cell', values)}
                        shade={shadeOf(cell.ids.length, matrix.max)}
                        className={gap ? 'cv-cell is-gap' : 'cv-cell'}
                      >
                        {gap ? t('coverage.matrix.gapMark') : cell.ids.length}
                      </CountButton>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="cv-gaps">
          <h3>
            {t('coverage.matrix.gapsTitle')} <span className="cv-badge">{gaps.length}</span>
          </h3>
          <GapList gaps={gaps} name={name} listClass="cv-callouts" hintClass="cv-hint" />
        </div>
      </div>
    </section>
  )
}
