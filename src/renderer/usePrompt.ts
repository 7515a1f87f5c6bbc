import { useCallback, useRef, useState } from 'react'

/** A question on screen and the function that answers it. */
export interface PendingPrompt<Q, A> {
  question: Q
  answer: (answer: A) => void
}

/** Asks one in-app question at a time as a promise, so flows like "save before opening?" read top to bottom. */
export function usePrompt<Q, A>(): [PendingPrompt<Q, A> | null, (question: Q) => Promise<A>] {
  const [pending, setPending] = useState<PendingPrompt<Q, A> | null>(null)
  const current = useRef<PendingPrompt<Q, A> | null>(null)
  const ask = useCallback(
    (question: Q) =>
      new Promise<A>((resolve) => {
        const prompt: PendingPrompt<Q, A> = {
          question,
          answer: (answer) => {
            if (current.current !== prompt) return
            current.current = null
            setPending(null)
            resolve(answer)
          },
        }
        current.current = prompt
        setPending(prompt)
      }),
    [],
  )
  return [pending, ask]
}
