FROM golang AS build
RUN echo built > /out
FROM alpine:3.20
COPY --from=build /out /out
