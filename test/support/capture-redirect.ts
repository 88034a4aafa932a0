import { request } from 'node:http';

/**
 * What the loopback redirect page's script does at the end of a sign-in: POST
 * the URL fragment back to the listener as text/plain. Resolves with the HTTP status.
 */
export function postFragment(port: number, fragment: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/auth/capture', headers: { 'Content-Type': 'text/plain;charset=UTF-8' } }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end(fragment);
  });
}
