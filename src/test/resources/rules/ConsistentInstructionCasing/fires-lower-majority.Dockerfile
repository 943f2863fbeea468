from alpine:3.20
run true
RUN false
cmd ["sh"]
