// The app:// protocol that serves the built renderer (see ../appProtocol.ts for what it answers).
import { protocol } from 'electron'
import { answerAppRequest, appScheme } from '../appProtocol'

/** Must run before the app is ready: app:// behaves like https (standard, secure, fetch, code cache). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }])
}

/** Serves `rendererDir` at app://caravan/, each answer carrying `csp`; call once the app is ready. */
export function serveRenderer(rendererDir: string, csp: string): void {
  protocol.handle(appScheme, async (request) => {
    const answer = await answerAppRequest(rendererDir, request.url, request.method, csp)
    return new Response(typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body), { status: answer.status, headers: answer.headers })
  })
}
