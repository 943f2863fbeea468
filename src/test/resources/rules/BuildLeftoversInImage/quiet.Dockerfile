FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src ./src

FROM maven:3.9-eclipse-temurin-21 AS jar
WORKDIR /src
COPY pom.xml .
COPY src ./src
RUN mvn -B package

FROM node:22-slim
WORKDIR /app
COPY --from=build /app /app
COPY --from=jar /src/target/app.jar /opt/app.jar
USER node
CMD ["node", "src/server.js"]
