# Huifang: one image for every process (serve, worker, simulator, migrate, the one-shot commands).
# docs/deploy.md explains the topology; compose.yaml starts it on one host.
#
#   docker build -t huifang .
#   docker run --rm huifang --version

# 1. Build: install from the lockfile (npm ci runs `prepare`, which compiles src/ into dist/),
#    then drop the development dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/build.js scripts/build.d.ts ./scripts/
COPY bin ./bin
COPY src ./src
COPY dialogs ./dialogs
COPY models ./models
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --no-audit --no-fund \
 && node bin/huifang.js --version

# 2. Run: the same files without the build tools' caches, as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HUIFANG_DATA_DIR=/var/lib/huifang \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app /app
COPY --chown=node:node LICENSE README.md ./
RUN mkdir -p /var/lib/huifang && chown node:node /var/lib/huifang
USER node
EXPOSE 3000 4010
ENTRYPOINT ["node", "bin/huifang.js"]
CMD ["serve"]
