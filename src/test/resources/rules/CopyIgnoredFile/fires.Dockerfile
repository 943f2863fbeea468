FROM alpine:3.20
COPY .env /app/.env
ADD secrets/key.pem /key.pem
