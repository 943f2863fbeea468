FROM alpine:3.20
RUN apk add --no-cache \
# the client
    curl
CMD ["sh"]
