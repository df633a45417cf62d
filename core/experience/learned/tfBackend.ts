import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import type * as TfModule from '@tensorflow/tfjs'
import type * as TfWasmModule from '@tensorflow/tfjs-backend-wasm'

/** The TensorFlow.js API (the same surface whether it came from tfjs-node or tfjs). */
export type Tf = typeof TfModule

/** A backend a caller may ask for: the benchmark compares them; training picks the fastest otherwise. */
export type TfBackendChoice = 'wasm' | 'cpu'

/** The backend in use: 'tensorflow' is tfjs-node's native one. */
export type TfBackendName = 'tensorflow' | TfBackendChoice

export const tfBackendChoices: readonly TfBackendChoice[] = ['wasm', 'cpu']

export interface LoadedTf {
  tf: Tf
  backend: TfBackendName
}

export interface LoadTfOptions {
  /** Force this backend; by default tfjs-node's native one when installed, else wasm, else cpu. */
  backend?: TfBackendChoice
}

// Held in variables so that neither TypeScript nor the bundler resolves them: tfjs-node is an
// optionalDependency that is often absent, and tfjs must load only when a model is trained.
const tfjsNodeSpecifier = '@tensorflow/tfjs-node'
const tfjsSpecifier = '@tensorflow/tfjs'
const wasmSpecifier = '@tensorflow/tfjs-backend-wasm'

interface TfModules {
  tf: Tf
  /** tfjs-node loaded: the 'tensorflow' backend is registered. */
  native: boolean
  /** The wasm backend registered (its import or its .wasm may fail; then cpu is the fallback). */
  wasm: boolean
}

// TensorFlow.js keeps one engine per process (registered backends, the active one, its tensors), so
// the modules are imported once per process and every training runs under `withTf`, one at a time.
let modules: Promise<TfModules> | undefined
let queue: Promise<unknown> = Promise.resolve()

/**
 * Runs `work` with TensorFlow.js on the requested backend, one call at a time per process: the
 * backend is global to the engine, so two trainings interleaving at an `await` could switch it under
 * each other. The modules load on first use (dynamic import), so the CLI and the desktop bundle pay
 * for TensorFlow.js only when a model is trained or used.
 */
export function withTf<T>(options: LoadTfOptions, work: (loaded: LoadedTf) => Promise<T> | T): Promise<T> {
  const run = queue.then(async () => work(await loadTf(options)))
  queue = run.catch(() => undefined)
  return run
}

/**
 * Loads TensorFlow.js (once per process) and activates a backend: tfjs-node's 'tensorflow' when it
 * is installed, else 'wasm' (tfjs-backend-wasm, its .wasm read from the package's dist/ offline;
 * SIMD, single thread in Node: stack-notes §3), else 'cpu'; `options.backend` forces 'wasm' or 'cpu'.
 * Prefer `withTf`, which also serialises callers.
 */
export async function loadTf(options: LoadTfOptions = {}): Promise<LoadedTf> {
  const requested = options.backend
  if (requested !== undefined && !tfBackendChoices.includes(requested)) {
    throw new RangeError(`backend must be one of ${tfBackendChoices.join(', ')}, not ${JSON.stringify(requested)}`)
  }
  modules ??= importTfModules()
  const { tf, native, wasm } = await modules
  const order: TfBackendName[] = requested === 'cpu' ? ['cpu'] : requested === 'wasm' ? ['wasm'] : [...(native ? (['tensorflow'] as const) : []), ...(wasm ? (['wasm'] as const) : []), 'cpu']
  for (const name of order) {
    if (tf.getBackend() === name || (await quietly(() => tf.setBackend(name)))) {
      await tf.ready()
      return { tf, backend: name }
    }
  }
  throw new Error(`TensorFlow.js backend ${requested ?? 'cpu'} is not available${requested === 'wasm' ? ': @tensorflow/tfjs-backend-wasm did not load' : ''}`)
}

async function importTfModules(): Promise<TfModules> {
  return quietly(async () => {
    let tf: Tf
    let native = false
    try {
      tf = (await import(/* @vite-ignore */ tfjsNodeSpecifier)) as Tf
      native = true
    } catch {
      tf = (await import(/* @vite-ignore */ tfjsSpecifier)) as Tf
    }
    // Production mode silences tfjs's console notes, among them the banner that advises installing
    // tfjs-node: the CLI's --json output must stay pure and stderr clean. It only skips logging.
    tf.enableProdMode()
    let wasm: boolean
    try {
      const wasmBackend = (await import(/* @vite-ignore */ wasmSpecifier)) as typeof TfWasmModule
      // Point it at its own dist/ explicitly (the .wasm files sit beside the entry point), so the
      // lookup does not depend on how the entry point was loaded (tsx, vitest, a bundle).
      wasmBackend.setWasmPaths(`${dirname(createRequire(import.meta.url).resolve(wasmSpecifier))}/`)
      wasm = true
    } catch {
      wasm = false
    }
    return { tf, native, wasm }
  })
}

/**
 * Runs `work` with console.log/info/warn silenced: TensorFlow.js and tfjs-node announce themselves
 * while loading and switching backends (before production mode can be set), and the CLI's stdout is
 * JSON. Only around the short loading steps, never around training.
 */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const { log, info, warn } = console
  const silent = (): void => undefined
  console.log = silent
  console.info = silent
  console.warn = silent
  try {
    return await work()
  } finally {
    console.log = log
    console.info = info
    console.warn = warn
  }
}
