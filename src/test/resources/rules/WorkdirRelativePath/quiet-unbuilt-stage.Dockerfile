FROM alpine:3.20 AS unused
WORKDIR app
FROM alpine:3.20
WORKDIR /app
