/**
 * The app's services and handler table in one module, for a child process that
 * runs a save against a real keychain it can break (lock it, take its bus away).
 * Bundled as one file so every module shares one AppError class (dispatch tells
 * typed errors apart with instanceof).
 */
export { browserModeCapabilities } from '../../electron/browser-mode/browser-capabilities';
export { createAppServices } from '../../electron/services/app-services';
export { dispatch } from '../../electron/services/dispatch';
export { createHandlerTable } from '../../electron/services/handlers';
export { createKeytarKeychain } from '../../electron/services/secret-store';
