FROM alpine:3.20 AS build
RUN echo ok > /ok.txt
FROM alpine:3.20 AS unused
COPY --from=biuld /ok.txt /ok.txt
FROM alpine:3.20
COPY --from=build /ok.txt /ok.txt
