FROM alpine:3.20 AS deps
FROM alpine:3.20 AS Deps
FROM alpine:3.20
