FROM ubuntu:24.04
RUN apt-get update && apt-get install -y sudo \
    && echo 'ubuntu ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/ubuntu
USER ubuntu
