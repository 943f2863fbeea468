FROM alpine:3.20 AS build
COPY dist.tar.gz /tmp/dist.tar.gz
RUN mkdir /opt/app && tar -xzf /tmp/dist.tar.gz -C /opt/app
RUN rm /tmp/dist.tar.gz
FROM alpine:3.20
COPY --from=build /opt/app /opt/app
