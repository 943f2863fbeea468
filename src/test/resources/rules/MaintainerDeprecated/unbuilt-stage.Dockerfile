FROM alpine:3.20 AS unused
maintainer Jane
FROM alpine:3.20
