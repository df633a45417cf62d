import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatHostArgs, parseHostArgs } from '../../electron/host/hostArgs.js'
import { demoProjectPath, nativeBindingPath, projectArg } from '../../electron/main/launchOptions.js'
import { createProjectTracker } from '../../electron/main/projectTracker.js'

describe('projectArg', () => {
  it('reads --project FILE and --project=FILE, the last one winning', () => {
    expect(projectArg(['/opt/Certus/certus', '--project', 'a.certus'])).toBe('a.certus')
    expect(projectArg(['electron', '.', '--project=/data/b c.certus'])).toBe('/data/b c.certus')
    expect(projectArg(['x', '--project=a.certus', '--project', 'b.certus'])).toBe('b.certus')
  })

  it('is undefined without a project, or when the flag has no value', () => {
    expect(projectArg(['electron', '.'])).toBeUndefined()
    expect(projectArg(['electron', '--project'])).toBeUndefined()
    expect(projectArg(['electron', '--project', '--inspect'])).toBeUndefined()
    expect(projectArg(['electron', '--project='])).toBeUndefined()
  })

  it('defaults to demo.certus in the user data folder', () => {
    expect(demoProjectPath('/home/u/.config/Certus')).toBe(join('/home/u/.config/Certus', 'demo.certus'))
  })
})

describe('nativeBindingPath', () => {
  const base = { resourcesPath: '/opt/Certus/resources', appPath: '/src/certus', electronVersion: '45.5.0', platform: 'linux', arch: 'x64' }

  it('is resources/native/better_sqlite3.node when packaged', () => {
    expect(nativeBindingPath({ ...base, isPackaged: true })).toBe(join('/opt/Certus/resources', 'native', 'better_sqlite3.node'))
  })

  it("is build/electron-native/<electron>-<platform>-<arch>/ when unpackaged, never node_modules' Node build", () => {
    const path = nativeBindingPath({ ...base, isPackaged: false })
    expect(path).toBe(join('/src/certus', 'build', 'electron-native', '45.5.0-linux-x64', 'better_sqlite3.node'))
    expect(path).not.toContain('node_modules')
  })
})

describe('core host arguments', () => {
  it('round-trip from main to host, paths with spaces and = intact', () => {
    const args = { version: '0.1.0', projectPath: '/home/u/My Projects/a=b.certus', demoIfMissing: true, nativeBinding: '/opt/C/native/better_sqlite3.node' }
    expect(parseHostArgs(['/usr/lib/electron', '--type=utility', ...formatHostArgs(args)])).toEqual(args)
  })

  it('leave out what is not given', () => {
    expect(parseHostArgs(formatHostArgs({ version: '1.2.3' }))).toEqual({ version: '1.2.3' })
  })
})

describe('createProjectTracker', () => {
  it('follows project.open and finished project.createDemo jobs, for a restarted host to reopen', () => {
    const tracker = createProjectTracker({ projectPath: '/u/demo.certus', demoIfMissing: true })
    tracker.observeCall('project.open', { path: 'x' }, { path: '/p/a.certus', name: 'a' })
    expect(tracker.current()).toEqual({ projectPath: '/p/a.certus', demoIfMissing: false })

    tracker.observeCall('project.createDemo', { path: '/p/demo2.certus' }, { jobId: 'j1' })
    expect(tracker.current()?.projectPath).toBe('/p/a.certus')
    tracker.observeEvent({ type: 'job.progress', jobId: 'j1', method: 'project.createDemo', done: 1, total: 2, phase: 'cells' })
    tracker.observeEvent({ type: 'job.done', jobId: 'j1', method: 'project.createDemo' })
    expect(tracker.current()?.projectPath).toBe('/p/demo2.certus')

    tracker.observeCall('project.createDemo', { path: '/p/never.certus' }, { jobId: 'j2' })
    tracker.observeEvent({ type: 'job.cancelled', jobId: 'j2', method: 'project.createDemo' })
    expect(tracker.current()?.projectPath).toBe('/p/demo2.certus')
  })
})
