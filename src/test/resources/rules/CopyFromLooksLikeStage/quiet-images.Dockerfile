FROM alpine:3.20 AS build
RUN echo ok > /ok.txt
FROM alpine:3.20
COPY --from=registry.example.com/tools/uv:0.5.4 /uv /usr/local/bin/
COPY --from=busybox:1.36 /bin/busybox /bin/
COPY --from=hello-world /hello /hello
COPY --from=BUILD /ok.txt /ok.txt
COPY --from=0 /ok.txt /ok2.txt
