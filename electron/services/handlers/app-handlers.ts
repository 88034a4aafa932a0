import { AppError } from '../../../shared/errors';
import { isAllowedExternalUrl } from '../../../shared/external-urls';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';

type AppHandlers = Pick<
  HandlerTable,
  'app.getInfo' | 'app.setPresenting' | 'diagnostics.probeKeychain' | 'settings.get' | 'settings.setLocale' | 'shell.openExternal'
>;

export function appHandlers(services: AppServices): AppHandlers {
  const { capabilities } = services;
  return {
    'app.getInfo': async () => ({
      appName: services.appName,
      appVersion: services.appVersion,
      host: capabilities.host,
      versions: capabilities.versions,
      platform: process.platform,
      arch: process.arch,
      osLocale: capabilities.osLocale,
      dataDir: services.settings.dataDir,
      settingsFile: services.settings.filePath,
      keychainNamespace: services.keychainNamespace(),
      testEndpoints: services.endpoints ? { file: services.endpoints.file } : null,
      endpointFacts: services.allEndpointFacts(),
      notices: services.notices(),
      presenting: services.presenting(),
      fixedLocale: services.fixedLocale,
    }),
    'app.setPresenting': async ({ presenting }) => {
      // Support's trail: when the screen was masked for a customer, and when it was not.
      if (presenting !== services.presenting()) services.log.info(`presenting mode turned ${presenting ? 'on' : 'off'}`);
      services.setPresenting(presenting);
      return { presenting: services.presenting() };
    },
    'diagnostics.probeKeychain': async () => services.secrets.probe(),
    'settings.get': async () => services.settings.read(),
    'settings.setLocale': async ({ locale }) => services.settings.update((settings) => ({ ...settings, locale })),
    'shell.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url))
        throw new AppError('URL_NOT_ALLOWED', 'This address is not on the allow-list of sites the app opens.', { url: url.slice(0, 200) });
      return { opened: await capabilities.externalOpener.open(url) };
    },
  };
}
