FROM alpine:3.20 AS deps
FROM alpine:3.20 AS deps-dev
FROM alpine:3.20
