FROM alpine:3.20
ENV APP_DIR=/app
COPY a.txt $APP_DIRR/
