FROM alpine:3.20 AS unused
RUN echo a \

    b
FROM alpine:3.20
CMD ["sh"]
