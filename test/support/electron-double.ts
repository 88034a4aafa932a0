/**
 * A recording double of the `electron` module for unit tests (the Electron
 * binary cannot be installed here, and tests should not need it anyway).
 * It records what the code under test sets up (windows and their options,
 * listeners, handlers, IPC registrations, shell and clipboard calls, custom
 * protocols) and lets
 * a test fire the events Electron would, with fake events that record
 * preventDefault. Use it with:
 *
 *   vi.mock('electron', async () => (await import('../../support/electron-double')).electronModule());
 *   import { electronDouble } from '../../support/electron-double';
 *
 * and call electronDouble.reset() in beforeEach. Objects keep their identity
 * across reset(), since modules under test hold on to them.
 */

type Listener = (...args: never[]) => unknown;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent<T extends object>(fields: T = {} as T): FakeEvent & T {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

class FakeEmitter {
  /** Every on/once call, in order, kept after the listener fired (for "was X registered"). */
  readonly registrations: { event: string; once: boolean }[] = [];
  private listeners = new Map<string, { fn: Listener; once: boolean }[]>();

  on(event: string, fn: Listener): this {
    return this.add(event, fn, false);
  }
  addListener(event: string, fn: Listener): this {
    return this.add(event, fn, false);
  }
  once(event: string, fn: Listener): this {
    return this.add(event, fn, true);
  }
  off(event: string, fn: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l.fn !== fn),
    );
    return this;
  }
  removeListener(event: string, fn: Listener): this {
    return this.off(event, fn);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
  emit(event: string, ...args: unknown[]): boolean {
    const list = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      list.filter((l) => !l.once),
    );
    for (const l of list) (l.fn as (...a: unknown[]) => unknown)(...args);
    return list.length > 0;
  }
  protected resetEmitter(): void {
    this.registrations.length = 0;
    this.listeners.clear();
  }
  private add(event: string, fn: Listener, once: boolean): this {
    this.registrations.push({ event, once });
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once }]);
    return this;
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: { requestingUrl?: string; isMainFrame: boolean }) => boolean;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

export class FakeSession extends FakeEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  headersReceivedListener: HeadersListener | null = null;
  readonly webRequest = {
    onHeadersReceived: (filterOrListener: unknown, maybeListener?: unknown) => {
      this.headersReceivedListener = (maybeListener ?? filterOrListener) as HeadersListener;
    },
  };

  constructor(
    readonly partition: string,
    readonly options?: unknown,
  ) {
    super();
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }

  /** Asks the request handler as Chromium would; resolves with what it granted. */
  requestPermission(permission: string, requestingUrl: string, isMainFrame = true): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) throw new Error('no permission request handler set');
    return new Promise((resolve) => handler({}, permission, resolve, { requestingUrl, isMainFrame }));
  }
  checkPermission(permission: string, requestingUrl: string, isMainFrame = true): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) throw new Error('no permission check handler set');
    return handler({}, permission, new URL(requestingUrl).origin, { requestingUrl, isMainFrame });
  }
  /** Runs the onHeadersReceived listener for a response; resolves with what it answered. */
  receiveHeaders(url: string, responseHeaders: Record<string, string[]> = {}) {
    const listener = this.headersReceivedListener;
    if (!listener) throw new Error('no onHeadersReceived listener set');
    return new Promise<{ cancel?: boolean; responseHeaders?: Record<string, string | string[]> }>((resolve) => listener({ url, responseHeaders }, resolve));
  }
}

let nextContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;

  constructor(readonly session: FakeSession) {
    super();
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Fires 'will-navigate' like Electron 45 (details event first); returns the event to inspect. */
  navigate(url: string) {
    const event = fakeEvent({ url, isMainFrame: true });
    this.emit('will-navigate', event, url, false, true, 1, 1);
    return event;
  }
  redirect(url: string) {
    const event = fakeEvent({ url, isMainFrame: true });
    this.emit('will-redirect', event, url, false, true, 1, 1);
    return event;
  }
  attachWebview(src = 'https://evil.example/') {
    const event = fakeEvent();
    this.emit('will-attach-webview', event, {}, { src });
    return event;
  }
  /** What window.open(url) would get from the handler. */
  openWindow(url: string): { action: string } {
    if (!this.windowOpenHandler) throw new Error('no window open handler set');
    return this.windowOpenHandler({ url });
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents: FakeWebContents;
  shown = false;
  destroyed = false;
  focused = false;
  minimized = false;
  loadedFiles: string[] = [];
  loadedUrls: string[] = [];

  constructor(readonly options: { webPreferences?: { partition?: string } & Record<string, unknown> } & Record<string, unknown> = {}) {
    super();
    const partition = options.webPreferences?.partition;
    this.webContents = new FakeWebContents(partition ? fakeSession.fromPartition(partition) : fakeSession.defaultSession);
    windows.push(this);
    // As in Electron: the app hears about the new webContents before the constructor returns.
    fakeApp.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  loadFile(path: string): Promise<void> {
    this.loadedFiles.push(path);
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  destroy(): void {
    this.close();
  }
}

const windows: FakeBrowserWindow[] = [];

class FakeApp extends FakeEmitter {
  locale = 'en-US';
  preferredSystemLanguages = ['en-US'];
  singleInstanceLock = true;
  lockRequests = 0;
  quitCalls = 0;
  exitCodes: number[] = [];
  sandboxEnabled = false;
  isReadyNow = false;
  readonly paths = new Map<string, string>();
  private ready!: { promise: Promise<void>; resolve: () => void };

  constructor() {
    super();
    this.reset();
  }
  reset(): void {
    this.resetEmitter();
    this.locale = 'en-US';
    this.preferredSystemLanguages = ['en-US'];
    this.singleInstanceLock = true;
    this.lockRequests = 0;
    this.quitCalls = 0;
    this.exitCodes = [];
    this.sandboxEnabled = false;
    this.isReadyNow = false;
    this.paths.clear();
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.ready = { promise, resolve };
  }
  /** Resolves whenReady() and emits 'ready', as Electron does once at start-up. */
  markReady(): void {
    this.isReadyNow = true;
    this.ready.resolve();
    this.emit('ready', fakeEvent(), {});
  }
  whenReady(): Promise<void> {
    return this.ready.promise;
  }
  isReady(): boolean {
    return this.isReadyNow;
  }
  requestSingleInstanceLock(): boolean {
    this.lockRequests += 1;
    return this.singleInstanceLock;
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  getLocale(): string {
    return this.locale;
  }
  getPreferredSystemLanguages(): string[] {
    return this.preferredSystemLanguages;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/fake-electron/${name}`;
  }
  getName(): string {
    return 'SCIM Setup Wizard';
  }
  getVersion(): string {
    return '0.0.0-double';
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
}

class FakeIpcMain {
  /** Every handle() call in order, duplicates included (Electron itself would throw on a duplicate). */
  readonly registrations: string[] = [];
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();

  /** ipcMain.on listeners (electron-store registers one for its renderer helper). */
  readonly listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();

  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    this.listeners.set(channel, listener);
    return this;
  }
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    this.registrations.push(channel);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What ipcRenderer.invoke(channel, ...args) from `event`'s sender would resolve with. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
  reset(): void {
    this.registrations.length = 0;
    this.handlers.clear();
    this.listeners.clear();
  }
}

class FakeIpcRenderer {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  reply: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, data: {} });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve(this.reply(channel, args));
  }
  reset(): void {
    this.invocations.length = 0;
    this.reply = () => ({ ok: true, data: {} });
  }
}

class FakeContextBridge {
  readonly exposed: { key: string; api: unknown }[] = [];
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.push({ key, api });
  }
  reset(): void {
    this.exposed.length = 0;
  }
}

class FakeShell {
  readonly openedExternal: string[] = [];
  failOpenExternal = false;
  openExternal(url: string): Promise<void> {
    this.openedExternal.push(url);
    return this.failOpenExternal ? Promise.reject(new Error('no handler for this URL')) : Promise.resolve();
  }
  reset(): void {
    this.openedExternal.length = 0;
    this.failOpenExternal = false;
  }
}

/** Electron 45's clipboard is promise-based; this one records each operation. */
class FakeClipboard {
  text = '';
  readonly ops: { op: 'writeText' | 'readText' | 'clear'; value?: string }[] = [];
  writeText(value: string): Promise<void> {
    this.ops.push({ op: 'writeText', value });
    this.text = value;
    return Promise.resolve();
  }
  readText(): Promise<string> {
    this.ops.push({ op: 'readText' });
    return Promise.resolve(this.text);
  }
  clear(): void {
    this.ops.push({ op: 'clear' });
    this.text = '';
  }
  reset(): void {
    this.text = '';
    this.ops.length = 0;
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/**
 * protocol, with Electron's ordering rules: registerSchemesAsPrivileged only
 * before ready and only once, handle() only after ready and once per scheme
 * (electronjs.org/docs/latest/api/protocol). `request(url)` is what Chromium
 * would get from the registered handler for that URL.
 */
class FakeProtocol {
  /** Every registerSchemesAsPrivileged call's argument, in order. */
  readonly privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[][] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    if (fakeApp.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    if (this.privilegedSchemes.length > 0) throw new Error('protocol.registerSchemesAsPrivileged can be called only once');
    this.privilegedSchemes.push(schemes.map((s) => ({ ...s, privileges: { ...s.privileges } })));
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!fakeApp.isReady()) throw new Error('protocol.handle can only be used after app is ready');
    if (this.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
  /** Runs the handler registered for the URL's scheme. */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url, init));
  }
  reset(): void {
    this.privilegedSchemes.length = 0;
    this.handlers.clear();
  }
}

/** net: fetch records each URL and answers through a registered custom protocol, else refuses. */
class FakeNet {
  readonly fetched: string[] = [];
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    this.fetched.push(url);
    const scheme = new URL(url).protocol.slice(0, -1);
    if (fakeProtocol.isProtocolHandled(scheme)) return fakeProtocol.request(url, init);
    return Promise.reject(new Error(`net.fetch is not available in the double (${scheme}:)`));
  }
  reset(): void {
    this.fetched.length = 0;
  }
}

class FakeSessionModule {
  defaultSession = new FakeSession('');
  /** Every fromPartition call, repeated names included. */
  readonly fromPartitionCalls: { partition: string; options?: unknown }[] = [];
  private byName = new Map<string, FakeSession>();

  fromPartition(partition: string, options?: unknown): FakeSession {
    this.fromPartitionCalls.push({ partition, options });
    // Electron hands back the same session for the same partition name.
    let found = this.byName.get(partition);
    if (!found) {
      found = new FakeSession(partition, options);
      this.byName.set(partition, found);
    }
    return found;
  }
  reset(): void {
    this.defaultSession = new FakeSession('');
    this.fromPartitionCalls.length = 0;
    this.byName.clear();
  }
}

class FakeDialog {
  readonly errorBoxes: { title: string; content: string }[] = [];
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
  reset(): void {
    this.errorBoxes.length = 0;
  }
}

const fakeApp = new FakeApp();
const fakeSession = new FakeSessionModule();
const fakeProtocol = new FakeProtocol();

/** The recorder: inspect and drive it from tests. */
export const electronDouble = {
  app: fakeApp,
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  contextBridge: new FakeContextBridge(),
  shell: new FakeShell(),
  clipboard: new FakeClipboard(),
  session: fakeSession,
  protocol: fakeProtocol,
  net: new FakeNet(),
  dialog: new FakeDialog(),
  /** Every BrowserWindow constructed, in order. */
  windows,
  reset(): void {
    fakeApp.reset();
    this.ipcMain.reset();
    this.ipcRenderer.reset();
    this.contextBridge.reset();
    this.shell.reset();
    this.clipboard.reset();
    fakeSession.reset();
    fakeProtocol.reset();
    this.net.reset();
    this.dialog.reset();
    windows.length = 0;
  },
};

/** What `vi.mock('electron', ...)` should return: the double's parts under Electron's export names. */
export function electronModule() {
  const mod = {
    app: electronDouble.app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: electronDouble.ipcMain,
    ipcRenderer: electronDouble.ipcRenderer,
    contextBridge: electronDouble.contextBridge,
    shell: electronDouble.shell,
    clipboard: electronDouble.clipboard,
    // session.defaultSession is read at call time, so a reset()'s fresh one is what the code under test sees.
    session: electronDouble.session,
    protocol: electronDouble.protocol,
    net: electronDouble.net,
    dialog: electronDouble.dialog,
  };
  return { ...mod, default: mod };
}
