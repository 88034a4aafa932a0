import type { Channel, Envelope, RequestOf, ResponseOf } from './contract';

/** What the preload exposes as `window.scimWizard`: one function per contract channel, nothing else. */
export type ScimWizardBridge = {
  readonly [C in Channel]: (request: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>>;
};

declare global {
  interface Window {
    /** Present in the Electron app only; browser mode talks HTTP instead. */
    scimWizard?: ScimWizardBridge;
  }
}
