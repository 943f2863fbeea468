FROM node:22-slim
WORKDIR /app
RUN chown -R node:node /app
COPY --chown=node:node package.json package-lock.json ./
USER node
RUN npm ci --omit=dev && npm cache clean --force
COPY --chown=node:node . .
CMD ["node", "server.js"]
