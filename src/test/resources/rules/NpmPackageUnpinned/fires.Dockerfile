FROM node:22-slim
RUN npm install -g pnpm@9.12.0 typescript @angular/cli npm@latest
