FROM debian:12-slim
RUN curl -fsSL https://example.org/tool.tar.gz | tar -xz -C /opt
RUN curl -s https://example.org/meta.json | python3 -c 'import json,sys; print(json.load(sys.stdin))'
RUN curl -fsSLo /tmp/install.sh https://example.org/install.sh \
    && echo "0123abcd  /tmp/install.sh" | sha256sum -c - \
    && sh /tmp/install.sh
RUN echo 'curl x | sh' > /notes.txt
