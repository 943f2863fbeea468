FROM alpine:3.20
ARG CONF=app.conf
ADD requirements.txt "src/" /app/
ADD rootfs.tar.xz ${CONF} /
