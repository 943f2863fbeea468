FROM alpine:3.20
RUN echo data > /tmp/data.txt && cp /tmp/data.txt /opt/data.txt && rm /tmp/data.txt
