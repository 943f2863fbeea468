FROM alpine:3.20
USER app
RUN true
USER root
CMD ["sh"]
