FROM ubuntu:24.04
RUN apt update && apt install -y --no-install-recommends curl=8.5.0-2ubuntu10 && apt clean \
    && apt install -y make=4.3-4.1build2
