FROM debian:12-slim
RUN apt-get update \
    && apt-get -qq install --no-install-recommends curl=7.88.1-10 \
    && apt-get install -qy --no-install-recommends git=1:2.39.5-0+deb12u1 \
    && apt-get install --assume-yes --no-install-recommends make=4.3-4.1 \
    && yes | apt-get install --no-install-recommends wget=1.21.3-1+b2 \
    && apt-get remove git \
    && rm -rf /var/lib/apt/lists/*
