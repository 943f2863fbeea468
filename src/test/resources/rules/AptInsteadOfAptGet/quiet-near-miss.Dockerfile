FROM ubuntu:24.04
RUN apt-get update && apt-cache policy curl && apt-mark hold curl \
    && echo "apt install is for people" > /notes.txt
