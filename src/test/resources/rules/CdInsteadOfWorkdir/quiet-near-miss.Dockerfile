FROM golang:1.23
COPY . /src/app
RUN cd /tmp && curl -fsSLO https://example.org/x.tgz && tar -xzf x.tgz
RUN cd /src/app && go build -o /out/app . && cd / && rm -rf /src/app
RUN cd $HOME && go env
RUN --mount=type=cache,target=/cache cd /cache && ls
RUN make -C /src/app && cd /src/app
RUN cd /src/app
