FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
RUN chown -R node:node /app

FROM node:22-slim
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
USER node
CMD ["node", "server.js"]
