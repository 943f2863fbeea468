FROM debian:bookworm-slim
COPY . /src
RUN apt-get update && apt-get install -y --no-install-recommends gcc make libc6-dev \
    && make -C /src install \
    && apt-get purge -y gcc make libc6-dev \
    && rm -rf /var/lib/apt/lists/* /src
CMD ["/usr/local/bin/app"]
