FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN make -C /src install
CMD ["/usr/local/bin/app"]
