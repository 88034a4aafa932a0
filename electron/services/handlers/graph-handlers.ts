import { AppError } from '../../../shared/errors';
import { analyzeEntraSchema } from '../../../shared/mapping/entra-schema';
import { newGraphProgress } from '../../../shared/settings/graph-progress';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { deleteApplication, findTemplate, getServicePrincipal, appFrom, instantiateTemplate, listInstances } from '../graph/app-instances';
import { assignPrincipal, unassignPrincipal } from '../graph/app-assignments';
import { setAppHidden } from '../graph/app-visibility';
import { createGraphClient, type GraphClient } from '../graph/graph-client';
import { graphSetupOf, jobOf, progressOf, provisioningCredentials, saveProgress } from '../graph/graph-profile';
import { searchPrincipals } from '../graph/principal-search';
import { deleteJob, pauseJob, provisioningLogFor, provisionUserOnDemand, getJobSchema, startJob } from '../graph/provisioning-run';
import { createJob, saveCredentials, synchronizationTemplateId, validateCredentials } from '../graph/provisioning-setup';
import { readProfile, updateProfile } from './profile-access';

type GraphChannel =
  | 'graph.findApp'
  | 'graph.createApp'
  | 'graph.deleteApp'
  | 'graph.useExistingApp'
  | 'graph.setHidden'
  | 'graph.searchPrincipals'
  | 'graph.assign'
  | 'graph.unassign'
  | 'graph.setUpProvisioning'
  | 'graph.startProvisioning'
  | 'graph.pauseProvisioning'
  | 'graph.removeProvisioning'
  | 'graph.provisionOnDemand'
  | 'graph.readSchema';

/** One plain address: the portal's field takes a list, the wizard asks for the admin's own. */
const EMAIL = /^[^@\s;,"<>]+@[^@\s;,"<>]+\.[^@\s;,"<>]+$/;

/** Marks which part of graph.setUpProvisioning failed, keeping the error's code and params. */
async function step<T>(name: 'create-job' | 'validate-credentials' | 'save-credentials', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message, { ...error.params, step: name });
    throw error;
  }
}

/**
 * The Entra ID side through Microsoft Graph (issue 11 §2), one channel per action. Each reads the profile, calls
 * Graph with the profile's Microsoft sign-in, records what it did in `graphProgress` and answers the saved profile.
 * Secrets sent to Graph are read from the keychain here and go nowhere else.
 */
export function graphHandlers(services: AppServices): Pick<HandlerTable, GraphChannel> {
  const clientFor = (profileId: string): GraphClient =>
    createGraphClient({
      baseUrl: services.graphSignIn.endpoints.graphBaseUrl,
      accessToken: async () => (await services.graphSignIn.getAccessToken(readProfile(services, profileId))).accessToken,
      log: (line) => services.log.info(`${line} (profile ${profileId})`),
      now: services.now,
    });

  return {
    'graph.findApp': async ({ profileId, nameStartsWith }) => {
      const profile = readProfile(services, profileId);
      const { setup } = graphSetupOf(profile);
      const client = clientFor(profileId);
      const template = await findTemplate(client, setup.template);
      const existing = await listInstances(client, template.id, nameStartsWith);
      return { template, existing, profile };
    },

    'graph.createApp': async ({ profileId, displayName }) => {
      const { setup } = graphSetupOf(readProfile(services, profileId));
      const client = clientFor(profileId);
      const template = await findTemplate(client, setup.template);
      const { applicationObjectId, ...app } = await instantiateTemplate(client, template.id, displayName.trim());
      const profile = saveProgress(services, profileId, () => newGraphProgress({ ...app, createdByWizard: true, applicationObjectId }));
      services.log.info(`graph: app ${app.servicePrincipalId} created from template ${template.id} for profile ${profileId}`);
      return { app, profile };
    },

    // Undo of createApp only: an app the admin already had is never deleted by the wizard.
    'graph.deleteApp': async ({ profileId }) => {
      const progress = progressOf(readProfile(services, profileId));
      if (!progress.createdByWizard || !progress.applicationObjectId) {
        throw new AppError('VALIDATION_FAILED', 'Only an app the wizard created can be deleted here.', { reason: 'graph-not-created-here' });
      }
      let deleted = true;
      try {
        await deleteApplication(clientFor(profileId), progress.applicationObjectId);
      } catch (error) {
        // Already deleted in the portal: the undo's goal holds.
        if (!(error instanceof AppError && error.code === 'GRAPH_NOT_FOUND')) throw error;
        deleted = false;
      }
      const profile = updateProfile(services, profileId, (current) => ({ ...current, graphProgress: undefined }));
      services.log.info(`graph: app ${progress.servicePrincipalId} ${deleted ? 'deleted' : 'already gone'} for profile ${profileId}`);
      return { deleted, profile };
    },

    'graph.useExistingApp': async ({ profileId, servicePrincipalId }) => {
      graphSetupOf(readProfile(services, profileId));
      const app = appFrom(await getServicePrincipal(clientFor(profileId), servicePrincipalId));
      const profile = saveProgress(services, profileId, (current) =>
        current?.servicePrincipalId === app.servicePrincipalId
          ? { ...current, displayName: app.displayName, hidden: app.hidden }
          : newGraphProgress({ ...app, createdByWizard: false }),
      );
      return { app, profile };
    },

    'graph.setHidden': async ({ profileId, hidden }) => {
      const progress = progressOf(readProfile(services, profileId));
      await setAppHidden(clientFor(profileId), progress.servicePrincipalId, hidden);
      const profile = saveProgress(services, profileId, (current) => ({ ...(current ?? progress), hidden }));
      return { hidden, profile };
    },

    'graph.searchPrincipals': async ({ profileId, query }) => {
      const profile = readProfile(services, profileId);
      graphSetupOf(profile);
      return { principals: await searchPrincipals(clientFor(profileId), query), profile };
    },

    'graph.assign': async ({ profileId, principalId, principalType }) => {
      const progress = progressOf(readProfile(services, profileId));
      const assignment = await assignPrincipal(clientFor(profileId), progress.servicePrincipalId, { id: principalId, type: principalType });
      const profile = saveProgress(services, profileId, (current) => {
        const base = current ?? progress;
        return { ...base, assignments: [...base.assignments.filter((a) => a.id !== assignment.id), assignment].slice(-50) };
      });
      return { assignment: { id: assignment.id, principalId, principalType: assignment.principalType, displayName: assignment.displayName }, profile };
    },

    'graph.unassign': async ({ profileId, assignmentId }) => {
      const progress = progressOf(readProfile(services, profileId));
      let removed = true;
      try {
        await unassignPrincipal(clientFor(profileId), progress.servicePrincipalId, assignmentId);
      } catch (error) {
        // Already gone (deleted in the portal): the undo's goal holds; forget it here too.
        if (!(error instanceof AppError && error.code === 'GRAPH_NOT_FOUND')) throw error;
        removed = false;
      }
      const profile = saveProgress(services, profileId, (current) => {
        const base = current ?? progress;
        return { ...base, assignments: base.assignments.filter((a) => a.id !== assignmentId) };
      });
      return { removed, profile };
    },

    'graph.setUpProvisioning': async ({ profileId, notificationEmail }) => {
      const progress = progressOf(readProfile(services, profileId));
      const email = notificationEmail?.trim() || null;
      if (email !== null && !EMAIL.test(email)) throw new AppError('VALIDATION_FAILED', 'Enter one valid e-mail address.', { reason: 'graph-bad-email' });
      const credentials = await provisioningCredentials(services, profileId);
      const client = clientFor(profileId);
      const sp = progress.servicePrincipalId;
      // A job made before (a retry after a refused token) is reused: Entra keeps one provisioning job per app.
      const jobId =
        progress.jobId ??
        (await step('create-job', async () => {
          const templateId = await synchronizationTemplateId(client, sp);
          const id = await createJob(client, sp, templateId);
          saveProgress(services, profileId, (current) => ({ ...(current ?? progress), jobId: id }));
          return id;
        }));
      await step('validate-credentials', () => validateCredentials(client, sp, jobId, credentials));
      await step('save-credentials', () => saveCredentials(client, sp, credentials, email));
      const profile = saveProgress(services, profileId, (current) => ({
        ...(current ?? progress),
        jobId,
        credentialsSavedAt: services.now().toISOString(),
        notificationEmail: email,
      }));
      services.log.info(`graph: provisioning job ${jobId} set up and its credentials saved for profile ${profileId}`);
      return { jobId, profile };
    },

    'graph.startProvisioning': async ({ profileId }) => {
      const progress = progressOf(readProfile(services, profileId));
      await startJob(clientFor(profileId), progress.servicePrincipalId, jobOf(progress));
      const startedAt = services.now().toISOString();
      const profile = saveProgress(services, profileId, (current) => ({ ...(current ?? progress), startedAt }));
      return { startedAt, profile };
    },

    // Undo of start: the job keeps its settings and credentials; start resumes it.
    'graph.pauseProvisioning': async ({ profileId }) => {
      const progress = progressOf(readProfile(services, profileId));
      await pauseJob(clientFor(profileId), progress.servicePrincipalId, jobOf(progress));
      const profile = saveProgress(services, profileId, (current) => ({ ...(current ?? progress), startedAt: null }));
      return { profile };
    },

    // Undo of the set-up: the job (and with it the provisioning of this app) goes; the saved credentials stay on the app.
    'graph.removeProvisioning': async ({ profileId }) => {
      const progress = progressOf(readProfile(services, profileId));
      let removed = true;
      try {
        await deleteJob(clientFor(profileId), progress.servicePrincipalId, jobOf(progress));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'GRAPH_NOT_FOUND')) throw error;
        removed = false;
      }
      const profile = saveProgress(services, profileId, (current) => ({
        ...(current ?? progress),
        jobId: null,
        credentialsSavedAt: null,
        startedAt: null,
        lastProvisioning: null,
        mapping: null,
      }));
      return { removed, profile };
    },

    'graph.provisionOnDemand': async ({ profileId, userId }) => {
      const progress = progressOf(readProfile(services, profileId));
      const jobId = jobOf(progress);
      const subject = userId ?? progress.assignments.find((a) => a.principalType === 'User')?.principalId;
      if (!subject) throw new AppError('VALIDATION_FAILED', 'Assign a test user first.', { reason: 'graph-no-user' });
      const { secretToken } = await provisioningCredentials(services, profileId);
      const client = clientFor(profileId);
      const result = await provisionUserOnDemand(client, progress.servicePrincipalId, jobId, subject, [secretToken]);
      const logEntries = await provisioningLogFor(client, progress.servicePrincipalId, subject, [secretToken]);
      const profile = saveProgress(services, profileId, (current) => ({
        ...(current ?? progress),
        lastProvisioning: { userId: subject, status: result.status, at: services.now().toISOString() },
      }));
      return { userId: subject, result, logEntries, profile };
    },

    'graph.readSchema': async ({ profileId }) => {
      const before = readProfile(services, profileId);
      const { setup } = graphSetupOf(before);
      const progress = progressOf(before);
      const schema = await getJobSchema(clientFor(profileId), progress.servicePrincipalId, jobOf(progress));
      if (setup.mappingCheck === null) return { objectMappingName: null, findings: null, profile: before };
      const analysis = analyzeEntraSchema(JSON.stringify(schema));
      if (!analysis.ok) throw new AppError('SCHEMA_REJECTED', analysis.message, { ...analysis.params, reason: analysis.code, variant: analysis.code });
      const count = (status: string) => analysis.findings.filter((finding) => finding.status === status).length;
      const profile = saveProgress(services, profileId, (current) => ({
        ...(current ?? progress),
        mapping: {
          at: services.now().toISOString(),
          objectMappingName: analysis.objectMappingName,
          ok: count('ok'),
          missing: count('missing'),
          differentSource: count('different-source'),
        },
      }));
      return { objectMappingName: analysis.objectMappingName, findings: analysis.findings, profile };
    },
  };
}
