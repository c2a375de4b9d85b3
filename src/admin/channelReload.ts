'use client'
import { useEffect, useRef } from 'react'

/**
 * Runs `load` when a panel opens, and again after the document is saved (`version` changes) once saves pause:
 * autosave saves every few seconds while someone types, and each answer of the channel endpoints runs a preflight.
 */
export const useReloadAfterSaves = (load: () => Promise<void>, version: unknown, pauseMs = 3000): void => {
  const opened = useRef(false)
  useEffect(() => {
    if (!opened.current) {
      opened.current = true
      void load()
      return
    }
    const timer = setTimeout(() => void load(), pauseMs)
    return () => clearTimeout(timer)
  }, [load, version, pauseMs])
}
