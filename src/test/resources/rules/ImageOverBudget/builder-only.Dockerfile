FROM python:3.12 AS build
RUN pip install numpy
RUN echo built > /out
FROM alpine:3.20
COPY --from=build /out /out
