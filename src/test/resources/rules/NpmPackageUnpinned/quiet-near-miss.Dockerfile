FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm install && npm install --omit dev
RUN npm install -g @angular/cli@18.2.0 ./tools github:example/tool#v1 https://example.org/pkg.tgz
RUN npm uninstall -g typescript
