FROM node:22-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 \
    GIT_SSL_NO_VERIFY=false
RUN curl -fsSL -o /tmp/k https://example.org/a.tgz
RUN curl -fsSLo -k https://example.org/a.tgz
RUN npm config set strict-ssl true && git config --global http.sslVerify true
RUN echo 'Acquire::https::Verify-Peer "true";' > /etc/apt/apt.conf.d/99secure
RUN pip install --index-url https://pypi.example.org/simple requests==2.32.3
