FROM alpine:3.20
COPY app.sh /app.sh
