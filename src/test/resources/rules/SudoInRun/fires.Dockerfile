FROM ubuntu:24.04
USER ubuntu
RUN sudo apt-get update && sudo -u root rm -rf /var/lib/apt/lists/*
