import { useTranslation } from 'react-i18next'
import type { PairCell } from '../../shared/coverage'

/** The gaps of the matrix in words ("Nothing on Radio reaches Students & youth."), on screen and on paper. */
export function GapList({ gaps, name, listClass, hintClass }: { gaps: readonly PairCell[]; name: (id: string) => string; listClass: string; hintClass: string }) {
  const { t } = useTranslation()
  if (gaps.length === 0) return <p className={hintClass}>{t('coverage.matrix.noGaps')}</p>
  return (
    <ul className={listClass}>
      {gaps.map((cell) => (
        <li key={`${cell.channelId}\u0000${cell.audienceId}`}>{t('coverage.matrix.gap', { channel: name(cell.channelId), audience: name(cell.audienceId) })}</li>
      ))}
    </ul>
  )
}
