import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

/** The deployment files describe the production shape; these checks keep them honest without a Docker engine. */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

type Environment = Record<string, string | undefined>
interface Service {
  image?: string
  command?: string | string[]
  entrypoint?: string | string[]
  build?: string | { context?: string; dockerfile?: string }
  depends_on?: string[] | Record<string, { condition?: string }>
  environment?: string[] | Record<string, string | number | boolean | null>
  volumes?: (string | { type?: string; source?: string; target?: string })[]
  ports?: string[]
  healthcheck?: { test?: string | string[]; interval?: string; retries?: number }
  deploy?: { replicas?: number }
  init?: boolean
}
interface Compose {
  services: Record<string, Service>
  volumes?: Record<string, unknown>
}

// Docker Compose resolves YAML merge keys (`<<: *app`): the services below are read as Compose sees them.
const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose
const { mongo, redis, minio, web, worker, nginx } = compose.services
const minioBucket = compose.services['minio-bucket']

const words = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : (value ?? '').split(/\s+/)).filter(Boolean)

const environment = (service: Service | undefined): Environment => {
  const env = service?.environment ?? {}
  if (Array.isArray(env))
    return Object.fromEntries(env.map((entry) => [entry.split('=')[0], entry.split('=').slice(1).join('=')]))
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, value === null ? undefined : String(value)]),
  )
}

/** Volume mounts as { source, target }; a named volume is a source without a slash or dot in front. */
const mounts = (service: Service) =>
  (service.volumes ?? []).map((volume) => {
    if (typeof volume !== 'string') return { source: volume.source ?? '', target: volume.target ?? '' }
    const [source, target] = volume.split(':')
    return { source, target }
  })
const namedVolumeAt = (service: Service, target: string): string | undefined => {
  const mount = mounts(service).find((m) => m.target === target)
  return mount && /^[A-Za-z0-9][\w.-]*$/.test(mount.source) ? mount.source : undefined
}
const dependsOn = (service: Service, other: string): string | undefined =>
  Array.isArray(service.depends_on)
    ? service.depends_on.includes(other)
      ? 'service_started'
      : undefined
    : service.depends_on?.[other]?.condition

describe('docker-compose.yml: the production shape', () => {
  it('has nginx, two web instances, one worker, MongoDB, Redis and MinIO', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['minio', 'minio-bucket', 'mongo', 'nginx', 'redis', 'web', 'worker'].sort(),
    )
    expect(web.deploy?.replicas).toBe(2)
    expect(worker.deploy?.replicas ?? 1).toBe(1)
  })

  it('runs MongoDB 7 as a single-node replica set, so transactions work', () => {
    expect(mongo.image).toMatch(/^mongo:7(\.|$)/)
    const command = words(mongo.command)
    expect(command).toContain('--replSet')
    expect(command[command.indexOf('--replSet') + 1]).toBe('rs0')
  })

  it('health-checks MongoDB and initiates the replica set under the name the app connects to', () => {
    const test = words(mongo.healthcheck?.test).join(' ')
    expect(test).toContain('mongosh')
    expect(test).toMatch(/rs\.initiate\(/)
    expect(test).toContain("_id: 'rs0'")
    expect(test).toContain("host: 'mongo:27017'")
    // Healthy only once the node is a writable primary, not merely once mongod answers.
    expect(test).toMatch(/isWritablePrimary/)
    expect(mongo.healthcheck?.retries).toBeGreaterThan(0)
  })

  it('keeps MongoDB data and the media bucket in named volumes', () => {
    for (const [service, target] of [
      [mongo, '/data/db'],
      [minio, '/data'],
    ] as const) {
      const volume = namedVolumeAt(service, target)
      expect(volume).toBeDefined()
      expect(Object.keys(compose.volumes ?? {})).toContain(volume)
    }
  })

  it('health-checks Redis, keeps nothing of it on disk, and MinIO serves the bucket its init step creates', () => {
    expect(redis.image).toMatch(/^redis:7(\.|$)/)
    expect(words(redis.healthcheck?.test)).toEqual(['CMD', 'redis-cli', 'ping'])
    expect(words(minio.command).slice(0, 2)).toEqual(['server', '/data'])
    expect(words(minio.healthcheck?.test)).toEqual(['CMD', 'mc', 'ready', 'local'])
    expect(environment(minio).MINIO_ROOT_USER).toBe(environment(web).S3_ACCESS_KEY_ID)
    expect(environment(minio).MINIO_ROOT_PASSWORD).toBe(environment(web).S3_SECRET_ACCESS_KEY)
    expect(dependsOn(minioBucket, 'minio')).toBe('service_healthy')
    expect(words(minioBucket.entrypoint).join(' ')).toMatch(/mc mb --ignore-existing "store\/\$\$S3_BUCKET"/)
    expect(environment(minioBucket).S3_BUCKET).toBe(environment(web).S3_BUCKET)
  })

  it('builds web and worker from the one Dockerfile; they start once MongoDB, Redis and the bucket are ready', () => {
    for (const service of [web, worker]) {
      const build = typeof service.build === 'string' ? { context: service.build } : service.build
      expect(build?.context).toBe('.')
      expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile')
      expect(service.image).toBe(web.image)
      expect(dependsOn(service, 'mongo')).toBe('service_healthy')
      expect(dependsOn(service, 'redis')).toBe('service_healthy')
      expect(dependsOn(service, 'minio-bucket')).toBe('service_completed_successfully')
    }
  })

  it('wires both roles alike: the replica set, a required secret, the public URL, Redis and the media bucket', () => {
    for (const service of [web, worker]) {
      const env = environment(service)
      expect(env.NODE_ENV).toBe('production')
      expect(env.DATABASE_URI).toBe('mongodb://mongo:27017/newsroom?replicaSet=rs0')
      // `${VAR:?message}`: compose refuses to start without it instead of running with a guessable secret.
      expect(env.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?.+\}$/)
      expect(env.S3_SECRET_ACCESS_KEY).toMatch(/^\$\{S3_SECRET_ACCESS_KEY:\?.+\}$/)
      expect(env.SERVER_URL).toBeTruthy()
      expect(env.REDIS_URL).toBe('redis://redis:6379')
      expect(env.S3_ENDPOINT).toBe('http://minio:9000')
      expect(env.S3_BUCKET).toBeTruthy()
      expect(env.MONGODB_TRANSACTIONS).toBeUndefined()
    }
  })

  it('web instances serve and never run jobs; the worker runs them and serves no app', () => {
    expect(environment(web).JOBS_AUTORUN).toBe('false')
    expect(environment(web).TRUST_PROXY).toBe('true')
    expect(web.command).toBeUndefined() // the image's `npm start`
    expect(web.ports).toBeUndefined() // readers reach them through nginx only
    expect(environment(worker).JOBS_AUTORUN).toBe('true')
    expect(words(worker.command)).toEqual(['npm', 'run', 'worker:start'])
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
    expect(scripts['worker:start']).toMatch(/NODE_ENV=production .*src\/worker\.ts/)
  })

  it('fronts the web instances with deploy/nginx.conf as shipped, its upstream swapped for the web service', () => {
    expect(nginx.image).toMatch(/^nginx:/)
    expect(dependsOn(nginx, 'web')).toBe('service_healthy')
    expect(nginx.ports).toEqual(['${APP_PORT:-3000}:80'])
    expect(mounts(nginx)).toContainEqual({ source: './deploy/nginx.conf', target: '/etc/newsroom/nginx.conf' })
    const start = words(nginx.command).join(' ')
    const swap = /sed 's\/(.+?)\/(.+?)\/'/.exec(start)
    expect(swap?.[1]).toBe('server 127.0.0.1:3000;')
    expect(swap?.[2]).toBe('server web:3000;')
    // The shipped file still has the line the swap replaces, once.
    expect(read('deploy/nginx.conf').split('server 127.0.0.1:3000;').length).toBe(2)
    expect(start).toMatch(/exec nginx -g 'daemon off;'$/)
  })

  it('passes no variable the example env file does not document', () => {
    const documented = documentedVariables()
    const passed = new Set([web, worker, minioBucket].flatMap((service) => Object.keys(environment(service))))
    expect([...passed].filter((name) => !documented.has(name))).toEqual([])
  })
})

/** Dockerfile instructions, continuation lines joined, comments dropped. */
const instructions = read('Dockerfile')
  .replace(/\\\r?\n/g, ' ')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [keyword, ...rest] = line.split(/\s+/)
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') }
  })
const stages = instructions.reduce<(typeof instructions)[]>((all, instruction) => {
  if (instruction.keyword === 'FROM') all.push([])
  all.at(-1)?.push(instruction)
  return all
}, [])
const runtime = stages.at(-1) ?? []
const globalArgs = Object.fromEntries(
  instructions
    .slice(
      0,
      instructions.findIndex((i) => i.keyword === 'FROM'),
    )
    .filter((i) => i.keyword === 'ARG')
    .map((i) => i.args.split('=') as [string, string]),
)
const resolveArgs = (text: string): string =>
  text.replace(/\$\{?(\w+)\}?/g, (whole, name: string) => globalArgs[name] ?? whole)

describe('Dockerfile', () => {
  it('is multi-stage on node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    const images = stages.map((stage) => resolveArgs(stage[0].args.split(/\s+/)[0]))
    expect(images[0]).toBe('node:20-bookworm-slim')
    for (const image of images)
      expect(
        image === 'node:20-bookworm-slim' || stages.some((s) => new RegExp(`\\bAS\\s+${image}$`, 'i').test(s[0].args)),
      ).toBe(true)
  })

  it('installs with npm ci from the lock file and builds Next for production', () => {
    const runs = instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args)
    expect(runs.some((run) => /\bnpm ci\b/.test(run))).toBe(true)
    expect(runs.some((run) => /\bnpm ci\b.*--omit=dev/.test(run))).toBe(true)
    expect(runs.some((run) => /\bnpm run build\b|\bnext build\b/.test(run))).toBe(true)
    expect(instructions.some((i) => i.keyword === 'COPY' && /package-lock\.json/.test(i.args))).toBe(true)
  })

  it('runs as a non-root user with media and data volumes', () => {
    const users = runtime.filter((i) => i.keyword === 'USER').map((i) => i.args)
    expect(users.length).toBeGreaterThan(0)
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/)
    const volumes = runtime
      .filter((i) => i.keyword === 'VOLUME')
      .map((i) => i.args)
      .join(' ')
    expect(volumes).toContain('/app/media')
    expect(volumes).toContain('/app/data')
  })

  it('health-checks /healthz with node (no curl in the image) and starts with npm start', () => {
    const healthcheck = runtime.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? ''
    expect(healthcheck).toMatch(/CMD\s+\[\s*"node"/)
    expect(healthcheck).toContain('/healthz')
    const cmd = runtime.filter((i) => i.keyword === 'CMD').at(-1)?.args
    expect(JSON.parse(cmd ?? 'null')).toEqual(['npm', 'start'])
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> }
    expect(scripts.start).toMatch(/NODE_ENV=production/)
  })

  it('lets SIGTERM reach the server through npm (bash as script shell: dash would orphan it)', () => {
    const env = runtime
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ')
    expect(env).toMatch(/\bNPM_CONFIG_SCRIPT_SHELL=\/bin\/bash\b/)
  })

  it('loads lexical without its top-level-await wrappers (they deadlock Node 20 now and then: exit 13 at start)', () => {
    const env = runtime
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ')
    expect(env).toMatch(/\bNODE_OPTIONS=\S*--conditions=production\b/)
  })

  it('keeps secrets, local data and dependencies out of the build context', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((line) => line.trim())
    for (const entry of ['node_modules', '.next', '.git', '.env', 'data', 'media']) expect(ignored).toContain(entry)
  })
})

/** Names assigned (or shown commented out, `# NAME=`) in .env.example. */
const documentedVariables = (): Set<string> =>
  new Set([...read('.env.example').matchAll(/^[ \t]*#?[ \t]*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]))

const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(relative)
    return /\.(m|c)?(t|j)sx?$/.test(entry.name) ? [relative] : []
  })

/** Every environment variable the application reads, by file. */
const variablesRead = (): Map<string, string[]> => {
  const found = new Map<string, string[]>()
  const note = (name: string, file: string) => found.set(name, [...(found.get(name) ?? []), file])
  for (const file of [...sourceFiles('src'), 'payload.config.ts', 'next.config.ts']) {
    const text = read(file)
    for (const match of text.matchAll(/process\.env\??\.([A-Za-z_][A-Za-z0-9_]*)/g)) note(match[1], file)
    for (const match of text.matchAll(/process\.env\??\.?\[\s*(['"`])([A-Za-z_][A-Za-z0-9_]*)\1\s*\]/g))
      note(match[2], file)
    for (const match of text.matchAll(/\{([^{}]*)\}\s*=\s*process\.env\b/g)) {
      for (const part of match[1].split(',')) {
        const name = part.split(/[:=]/)[0].trim()
        if (name && !name.startsWith('...')) note(name, file)
      }
    }
    // A computed name cannot be checked against the documentation.
    for (const match of text.matchAll(/process\.env\??\.?\[\s*([^\]'"`\s][^\]]*)\]/g))
      note(`<computed: process.env[${match[1]}]>`, file)
  }
  return found
}

describe('.env.example', () => {
  it('documents every environment variable read under src/ and in the configs', () => {
    const documented = documentedVariables()
    const used = variablesRead()
    expect(used.size).toBeGreaterThan(10)
    const missing = [...used]
      .filter(([name]) => !documented.has(name))
      .map(([name, files]) => `${name} (read in ${[...new Set(files)].join(', ')})`)
    expect(missing).toEqual([])
  })

  it('documents the variables the deployment and test scripts use', () => {
    const documented = documentedVariables()
    for (const name of [
      'DATABASE_URI',
      'PAYLOAD_SECRET',
      'SERVER_URL',
      'MONGODB_TEST_URI',
      'MONGODB_TRANSACTIONS',
      'CONGO',
    ]) {
      expect([name, documented.has(name)]).toEqual([name, true])
    }
  })

  it('ships no secret', () => {
    const secret = read('.env.example').match(/^PAYLOAD_SECRET=(.*)$/m)?.[1] ?? ''
    expect(secret.trim()).toBe('')
  })
})
