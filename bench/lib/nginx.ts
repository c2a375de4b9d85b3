import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startLogged, waitFor200, type Started } from './proc'

/**
 * Debian's nginx serving files from `root` on 127.0.0.1:`port`: the ceiling for "the same bytes, no application".
 * One worker, like the one Node process it is compared with; keep-alive without a request cap, as wrk expects.
 */
export const startNginx = async (options: { dir: string; root: string; port: number; probePath: string }): Promise<Started> => {
  const { dir, root, port } = options
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
}
`,
  )
  const started = startLogged('nginx', ['-c', conf, '-p', dir], { cwd: dir, env: process.env, logFile: path.join(dir, 'nginx.log') })
  await waitFor200(`http://127.0.0.1:${port}${options.probePath}`, started.startedAt, 10_000, started)
  return started
}
