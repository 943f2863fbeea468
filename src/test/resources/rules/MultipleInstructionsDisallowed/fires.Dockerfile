FROM alpine:3.20
ENTRYPOINT ["sh"]
CMD ["a"]
ENTRYPOINT ["ash"]
CMD ["b"]
