FROM debian:12-slim
RUN apt-get update \
    && apt-get install --no-install-recommends curl=7.88.1-10 \
    && rm -rf /var/lib/apt/lists/*
