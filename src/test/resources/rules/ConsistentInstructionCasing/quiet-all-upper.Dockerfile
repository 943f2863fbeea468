FROM alpine:3.20
RUN true
CMD ["sh"]
