FROM debian:12-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10 git ca-certificates \
    && rm -rf /var/lib/apt/lists/*
