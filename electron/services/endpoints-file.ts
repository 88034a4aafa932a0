import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { endpointsFileSchema, type EndpointsFile } from '../../shared/endpoints/endpoints-file-schema';

export interface LoadedEndpoints {
  file: string;
  data: EndpointsFile;
}

/**
 * Reads and validates a test endpoints file. Any problem stops the app at
 * start-up with a message naming the file and the offending key: running
 * against half-read test endpoints would be worse than not running.
 */
export function loadEndpointsFile(path: string): LoadedEndpoints {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new AppError('INVALID_REQUEST', `Cannot read the endpoints file ${file} (${code}).`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('INVALID_REQUEST', `The endpoints file ${file} is not valid JSON: ${(error as Error).message}`, { file });
  }
  const parsed = endpointsFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new AppError('INVALID_REQUEST', `The endpoints file ${file} is not valid: ${problems}`, { file });
  }
  return { file, data: parsed.data };
}
