/** The captidy config file: discovery, validation and per-file settings. */
export { CONFIG_FILES, findConfig, loadConfigFile, parseConfig } from './load.js'
export { merge, settingsKey, settingsResolver } from './resolve.js'
export type { FileSettings, SettingsFor } from './resolve.js'
export { ConfigError } from './schema.js'
export type { CaptidyConfig, ConfigFields, Override } from './schema.js'
