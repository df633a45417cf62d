import { inject, type InjectionKey } from 'vue'
import type { CertusClient } from '../../../core/api/client.js'

/** Where the app provides its one API client; stores and components take it from here. */
export const certusClientKey: InjectionKey<CertusClient> = Symbol('certusClient')

/** The API client provided by the app (call inside a component's or a setup store's setup). */
export function useCertusClient(): CertusClient {
  const client = inject(certusClientKey)
  if (client === undefined) throw new Error('useCertusClient: no client provided; call app.provide(certusClientKey, client) first')
  return client
}
