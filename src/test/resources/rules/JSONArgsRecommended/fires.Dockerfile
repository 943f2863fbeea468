FROM node:22-slim
COPY server.js /app/
ENTRYPOINT node /app/server.js
