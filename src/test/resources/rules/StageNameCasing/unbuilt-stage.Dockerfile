FROM alpine:3.20 AS Unused
FROM alpine:3.20
