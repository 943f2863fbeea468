FROM alpine:3.20
COPY dist.tar.gz /tmp/dist.tar.gz
RUN tar -xzf /tmp/dist.tar.gz -C /opt
RUN rm /tmp/dist.tar.gz
