FROM alpine:3.20 AS unused
ENV A b
FROM alpine:3.20
