FROM alpine:3.20 AS build
RUN touch /.env
FROM alpine:3.20
COPY --from=build /.env /app/.env
