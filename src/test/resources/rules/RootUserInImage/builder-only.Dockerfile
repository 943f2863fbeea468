FROM alpine:3.20 AS build
USER root
RUN echo hi > /hi
FROM alpine:3.20
COPY --from=build /hi /hi
USER 1000
