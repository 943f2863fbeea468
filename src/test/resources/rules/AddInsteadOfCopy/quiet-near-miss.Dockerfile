FROM alpine:3.20
ARG BUNDLE
ADD rootfs.tar.xz /
ADD vendor.tgz deps.tar.gz /opt/
ADD https://example.org/app.conf /etc/app.conf
ADD ${BUNDLE} /opt/
COPY app.conf /etc/
