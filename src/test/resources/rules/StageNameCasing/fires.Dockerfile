FROM golang:1.23 AS BuildStage
RUN go version
FROM alpine:3.20
COPY --from=buildstage /etc/hostname /x
