FROM alpine:3.20
RUN apk add --no-cache --virtual=.build-deps -X https://dl.example.org/alpine/edge/main \
        gcc~13.2 musl-dev=1.2.5-r0 /tmp/local.apk \
    && apk del .build-deps curl
