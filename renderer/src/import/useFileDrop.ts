import { onBeforeUnmount, onMounted, ref, unref, type Ref } from 'vue'

export interface FileDropOptions {
  /** Called with the dropped files; never with an empty list. */
  onFiles: (files: File[]) => void
  /** Ignore drops an inner drop zone has already taken (it called preventDefault): for the window. */
  skipHandled?: boolean
}

const carriesFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files')

/**
 * Accepts files dragged onto `target` (an element ref, or the window) while the calling component is
 * mounted. `over` is true while files are dragged over it. Only drags that carry files are taken;
 * dropped files never make the page navigate to them.
 */
export function useFileDrop(target: Ref<HTMLElement | null> | Window, options: FileDropOptions) {
  const over = ref(false)
  // dragenter and dragleave fire for every child crossed: count them to know when the pointer has left.
  let depth = 0

  const onEnter = (event: DragEvent): void => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    depth++
    over.value = true
  }
  const onOver = (event: DragEvent): void => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
  }
  const onLeave = (event: DragEvent): void => {
    if (!carriesFiles(event)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) over.value = false
  }
  const onDrop = (event: DragEvent): void => {
    depth = 0
    over.value = false
    if (!carriesFiles(event) || (options.skipHandled === true && event.defaultPrevented)) return
    event.preventDefault()
    const files = Array.from(event.dataTransfer?.files ?? [])
    if (files.length > 0) options.onFiles(files)
  }

  const listeners = [
    ['dragenter', onEnter],
    ['dragover', onOver],
    ['dragleave', onLeave],
    ['drop', onDrop],
  ] as const
  let element: HTMLElement | Window | null = null
  onMounted(() => {
    element = target instanceof Window ? target : unref(target)
    for (const [type, listener] of listeners) element?.addEventListener(type, listener as EventListener)
  })
  onBeforeUnmount(() => {
    for (const [type, listener] of listeners) element?.removeEventListener(type, listener as EventListener)
    element = null
  })

  return { over }
}
