FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.org/releases/tool.tar.gz /opt/
ADD https://github.com/example/lib.git#0123456789abcdef0123456789abcdef01234567 /src/lib
ADD https://github.com/example/other.git?ref=0123456789abcdef0123456789abcdef01234567&keep-git-dir=1 /src/other
ADD vendor.tar.gz /opt/
