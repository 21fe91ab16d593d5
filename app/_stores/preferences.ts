'use client'

import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

interface Preferences {
  /** xterm.js's screen-reader mode: the terminal keeps an accessible live transcript. */
  screenReaderMode: boolean
  setScreenReaderMode(on: boolean): void
}

/** The learner's display preferences, kept in this browser. */
export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      screenReaderMode: false,
      setScreenReaderMode: (on) => set({ screenReaderMode: on }),
    }),
    { name: 'ordinal:preferences', storage: createJSONStorage(() => localStorage) },
  ),
)
