FROM alpine:3.20
ENV PUBLIC_KEY=abc
ARG SECRET_FILE=/run/secrets/x
ENV TOKENIZER=simple
