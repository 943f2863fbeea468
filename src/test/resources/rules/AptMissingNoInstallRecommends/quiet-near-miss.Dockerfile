FROM debian:12-slim
RUN apt-get update \
    && apt-get install -y -o APT::Install-Recommends=false curl=7.88.1-10 \
    && apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u1 \
    && apt-get install -y -f \
    && rm -rf /var/lib/apt/lists/*
