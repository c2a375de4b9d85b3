import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startLogged, waitFor200, type Started } from './proc'

/**
 * The shipped front (deploy/nginx.conf: a one-second micro-cache for /content/v1) with its cache folder, app address
 * and listen address swapped for this run's; every swap must hit, so the bench measures that file or fails.
 */
const shippedFront = (file: string, dir: string, proxy: { port: number; appPorts: number[] }): string => {
  let conf = readFileSync(file, 'utf8')
  for (const [from, to] of [
    ['/var/cache/nginx/newsroom', path.join(dir, 'cache')],
    ['server 127.0.0.1:3000;', proxy.appPorts.map((port) => `server 127.0.0.1:${port};`).join('\n  ')],
    ['listen 80;', `listen 127.0.0.1:${proxy.port};`],
  ]) {
    if (!conf.includes(from)) throw new Error(`${file} no longer contains "${from}"; update bench/lib/nginx.ts`)
    conf = conf.replace(from, to)
  }
  return conf
}

/**
 * Debian's nginx serving files from `root` on 127.0.0.1:`port`: the ceiling for "the same bytes, no application".
 * With `proxy`, the same process also runs deploy/nginx.conf in front of the app instances on `proxy.port`.
 * One worker, like the one Node process it is compared with; keep-alive without a request cap, as wrk expects.
 */
export const startNginx = async (options: {
  dir: string
  root: string
  port: number
  probePath: string
  /** the app instances behind the front: one, or several as the upstream's round robin */
  proxy?: { port: number; appPorts: number[]; conf: string }
}): Promise<Started> => {
  const { dir, root, port, proxy } = options
  mkdirSync(path.join(dir, 'nginx-temp'), { recursive: true })
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    `daemon off;
user root;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'nginx-error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 10000000;
  open_file_cache max=64 inactive=60s;
  types { }
  default_type "application/json; charset=utf-8";
  client_body_temp_path ${path.join(dir, 'nginx-temp')};
  proxy_temp_path ${path.join(dir, 'nginx-temp')};
  fastcgi_temp_path ${path.join(dir, 'nginx-temp')};
  uwsgi_temp_path ${path.join(dir, 'nginx-temp')};
  scgi_temp_path ${path.join(dir, 'nginx-temp')};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { }
  }
${proxy ? shippedFront(proxy.conf, dir, proxy) : ''}
}
`,
  )
  const started = startLogged('nginx', ['-c', conf, '-p', dir], {
    cwd: dir,
    env: process.env,
    logFile: path.join(dir, 'nginx.log'),
  })
  await waitFor200(`http://127.0.0.1:${port}${options.probePath}`, started.startedAt, 10_000, started)
  return started
}
