import type { EndpointFacts } from '../../../shared/integrations/types';
import { ownValue } from '../../../shared/own-property';
import { useApp } from './app-context';

const NONE: EndpointFacts = {};

/** The endpoint facts in force for the profile's integration, as main reads them (production or the endpoints file's). */
export function useEndpointFacts(): EndpointFacts {
  const { info, profile } = useApp();
  return (profile.integrationId ? ownValue(info.endpointFacts, profile.integrationId) : undefined) ?? NONE;
}
