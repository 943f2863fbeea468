FROM debian:12-slim AS conf
RUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99norecommends

FROM debian:12-slim
COPY --from=conf /etc/apt/apt.conf.d/99norecommends /tmp/
RUN apt-get update && apt-get install -y curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*
