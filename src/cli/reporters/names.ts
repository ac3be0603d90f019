/** The names `--reporter` takes (the reporters themselves load only when a report is printed). */
export const REPORTER_NAMES = ['stylish', 'json', 'github', 'sarif', 'compact'] as const

export type ReporterName = (typeof REPORTER_NAMES)[number]
