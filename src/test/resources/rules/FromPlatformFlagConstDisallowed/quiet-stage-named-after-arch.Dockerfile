FROM --platform=linux/arm64 alpine:3.20 AS build-arm64
FROM alpine:3.20
