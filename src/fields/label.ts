/** Bilingual labels: Chinese is what an editor sees first, English for the English admin. */
export type Label = { zh: string; en: string }

export const label = (zh: string, en: string): Label => ({ zh, en })
