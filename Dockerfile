# syntax=docker/dockerfile:1
# Newsroom CMS: express (src/server.ts) hosting Next's production build (admin, REST, GraphQL) and our own routes.
#
#   docker build -t newsroom-cms .
#   docker run -p 3000:3000 -e PAYLOAD_SECRET=… -v newsroom-data:/app/data -v newsroom-media:/app/media newsroom-cms
#
# Without DATABASE_URI the app keeps an SQLite file in /app/data (migrations from src/migrations run at start);
# docker-compose.yml runs it on MongoDB instead. Media files live in /app/media (MEDIA_DIR).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# Every dependency, dev ones included: the build needs typescript and Next's type check.
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS build
COPY . .
# The config is evaluated while Next builds; this placeholder never reaches the runtime image.
ENV NODE_ENV=production PAYLOAD_SECRET=build-time-placeholder
RUN npm run build && rm -rf .next/cache

# Runtime dependencies only (tsx, cross-env and Payload's adapters are among them).
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

FROM base AS runtime
# npm runs scripts with `sh -c`; Debian's sh (dash) neither execs the command nor passes SIGTERM on, so `docker stop`
# would kill npm and orphan the server mid-request. bash execs a single command: npm → cross-env → tsx → server then
# relay the signal and the server drains its connections and closes the database before exiting 0.
# --conditions=production: lexical's default Node entry points wrap their code in a top-level `await import()`, and on
# Node 20 loading that graph deadlocks now and then (the process exits 13, silently, before the server starts); the
# production condition loads lexical's prod builds directly.
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    MEDIA_DIR=/app/media \
    NPM_CONFIG_SCRIPT_SHELL=/bin/bash \
    NODE_OPTIONS=--conditions=production
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
# Next writes its cache under .next at run time.
COPY --from=build --chown=node:node /app/.next ./.next
# `npm start` runs src/server.ts with tsx: the server and the Payload config run from source.
COPY --chown=root:root package.json package-lock.json tsconfig.json next.config.ts payload.config.ts ./
COPY --chown=root:root src ./src
# The code stays root-owned and read-only to the app; only .next, data and media are writable.
RUN mkdir -p /app/data /app/media && chown node:node /app/data /app/media
USER node
VOLUME ["/app/data", "/app/media"]
EXPOSE 3000
# /healthz answers while the process serves; /readyz also checks the database (for balancers, not restarts).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["npm", "start"]
