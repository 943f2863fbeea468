ARG DEPLOY_KEY_ID=AKIAIOSFODNN7EXAMPLE
FROM alpine:3.20
ARG CI_HELPER="ghp_abcdefghijklmnopqrstuvwxyz0123456789"
ENV MODE=prod \
    BOT=xoxb-1234567890-abcdefghij
RUN echo ok
