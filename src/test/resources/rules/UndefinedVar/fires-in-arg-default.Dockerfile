FROM alpine:3.20 AS base
ARG VERSION=$foo
RUN echo $VERSION
