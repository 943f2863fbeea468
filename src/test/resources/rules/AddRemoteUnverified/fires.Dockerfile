FROM alpine:3.20
ARG VERSION=1.2.3
ADD https://example.org/releases/tool-${VERSION}.tar.gz /opt/
ADD https://github.com/example/lib.git#v${VERSION} /src/lib
ADD git@github.com:example/other.git /src/other
