FROM node:22-slim
ENTRYPOINT ["node", "/app/server.js"]
