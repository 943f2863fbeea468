FROM alpine:3.20
# too short for an AWS key id, a test Stripe key, a public key and a variable reference
ARG KEY_PREFIX=AKIA1234
ENV STRIPE=sk_test_abcdefghij0123456789 \
    PUB="-----BEGIN PUBLIC KEY-----" \
    TOKEN_REF=$GITHUB_TOKEN
RUN echo ok
