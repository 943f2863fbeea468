FROM debian:12-slim
ARG PACKAGES="git"
RUN apt-get update \
    && apt-get -o Dpkg::Options::=--force-confnew -t bookworm-backports install -y \
        --no-install-recommends curl=7.88.1-10 golang/bookworm-backports ./local.deb $PACKAGES \
    && apt-get remove -y git \
    && rm -rf /var/lib/apt/lists/*
