import type { EndpointFacts } from '../../../shared/integrations/types';
import { ownValue } from '../../../shared/own-property';
import { useAppInfo, useProfileSelector } from './app-context';

const NONE: EndpointFacts = {};

/** The endpoint facts in force for the profile's integration, as main reads them (production or the endpoints file's). */
export function useEndpointFacts(): EndpointFacts {
  const info = useAppInfo();
  const integrationId = useProfileSelector((profile) => profile.integrationId);
  return (integrationId ? ownValue(info.endpointFacts, integrationId) : undefined) ?? NONE;
}
