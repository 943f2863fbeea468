FROM golang:1.23 AS build
RUN echo ok > /ok.txt
FROM alpine:3.20
COPY --from=biuld /ok.txt /ok.txt
