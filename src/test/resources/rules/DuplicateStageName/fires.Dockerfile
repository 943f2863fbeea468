FROM alpine:3.20 AS deps
RUN echo a
FROM alpine:3.20 AS deps
RUN echo b
FROM alpine:3.20
COPY --from=deps /etc/hostname /x
