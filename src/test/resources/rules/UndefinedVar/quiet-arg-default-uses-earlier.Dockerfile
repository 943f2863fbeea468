FROM alpine:3.20
ARG A=1 B=$A
ENV C=$B
