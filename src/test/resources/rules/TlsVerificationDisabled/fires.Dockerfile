FROM node:22-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
ARG GIT_SSL_NO_VERIFY="true"
RUN curl -fsSLk https://example.org/a.tgz -o /tmp/a.tgz
RUN wget --no-check-certificate https://example.org/b.tgz
RUN pip install --trusted-host pypi.example.org requests==2.32.3
RUN npm config set strict-ssl false && git config --global http.sslVerify false
RUN git -c http.sslVerify=false clone https://example.org/repo.git
RUN echo 'Acquire::https::Verify-Peer "false";' > /etc/apt/apt.conf.d/99insecure
RUN apt-get install -y --allow-unauthenticated curl
RUN PYTHONHTTPSVERIFY=0 python3 fetch.py
RUN env NODE_TLS_REJECT_UNAUTHORIZED=0 node fetch.js
