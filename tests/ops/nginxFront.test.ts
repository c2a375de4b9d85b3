import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { freePort } from '../helpers/server'

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const hasNginx = existsSync(nginxPath)
if (!hasNginx) {
  console.warn(
    `\n*** The nginx front test did NOT run: no nginx at ${nginxPath}. Install Debian's nginx (apt-get install -y nginx) or set NGINX_PATH. ***\n`,
  )
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * deploy/nginx.conf as shipped (only its cache folder, upstream and listen address swapped), in front of a stand-in
 * app that counts the requests it answers: the one-second micro-cache must hold what it promises.
 */
;(hasNginx ? describe : describe.skip)('the shipped nginx front (deploy/nginx.conf)', () => {
  let dir: string
  let app: Server
  let nginx: ChildProcess
  let front: string
  let served = 0

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsroom-nginx-'))
    app = createServer((req, res) => {
      served++
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Cache-Control': 'public, max-age=30',
        ETag: `"v${served}"`,
      })
      res.end(JSON.stringify({ served, url: req.url, auth: req.headers.authorization ?? null }))
    })
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
    const port = await freePort()
    let conf = await readFile(path.join(process.cwd(), 'deploy', 'nginx.conf'), 'utf8')
    conf = conf
      .replace('/var/cache/nginx/newsroom', path.join(dir, 'cache'))
      .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${(app.address() as AddressInfo).port};`)
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
    const temp = path.join(dir, 'temp')
    await mkdir(temp)
    await writeFile(
      path.join(dir, 'nginx.conf'),
      // Workers run as this user (as root they would drop to nobody, who cannot write the test's cache folder).
      `daemon off;\nuser ${userInfo().username};\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents {}\nhttp {\n  access_log off;\n` +
        ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${temp};\n`).join('') +
        `${conf}\n}\n`,
    )
    nginx = spawn(nginxPath, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' })
    front = `http://127.0.0.1:${port}`
    for (let tries = 0; tries < 100; tries++) {
      if (
        await fetch(`${front}/healthz`).then(
          () => true,
          () => false,
        )
      )
        break
      await sleep(50)
    }
  })
  afterAll(async () => {
    nginx?.kill('SIGTERM')
    await new Promise((resolve) => app?.close(resolve))
    await rm(dir, { recursive: true, force: true })
  })

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${front}${url}`, { headers })
    return {
      status: response.status,
      cache: response.headers.get('x-cache'),
      etag: response.headers.get('etag'),
      body: (await response.json()) as { served: number },
    }
  }

  it('answers /content/v1 from a cache that is at most two seconds old, whatever max-age the app sends', async () => {
    const first = await get('/content/v1/articles/a')
    const again = await get('/content/v1/articles/a')
    expect(again).toMatchObject({ cache: 'HIT', body: { served: first.body.served } })
    // A conditional request is answered by nginx from the cached ETag.
    expect(
      (await fetch(`${front}/content/v1/articles/a`, { headers: { 'If-None-Match': again.etag as string } })).status,
    ).toBe(304)
    // nginx counts whole seconds: "1s" ends within two. The first request after that gets the old copy (STALE) and
    // starts the refresh; the next one has the new answer.
    await sleep(2_100)
    expect(await get('/content/v1/articles/a')).toMatchObject({ cache: 'STALE', body: { served: first.body.served } })
    await sleep(200)
    expect(await get('/content/v1/articles/a')).toMatchObject({ cache: 'HIT', body: { served: first.body.served + 1 } })
  })

  it('never caches a request with credentials, nor anything outside /content/v1', async () => {
    const keyed = await get('/content/v1/articles/b', { Authorization: 'api-clients API-Key x' })
    const keyedAgain = await get('/content/v1/articles/b', { Authorization: 'api-clients API-Key x' })
    expect(keyedAgain.body.served).toBeGreaterThan(keyed.body.served)
    const api = await get('/api/articles')
    const apiAgain = await get('/api/articles')
    expect(apiAgain.body.served).toBeGreaterThan(api.body.served)
    expect(apiAgain.cache).toBeNull()
  })
})
