FROM golang:1.23
COPY . /src/app
RUN cd /src/app && go build -o /out/app .
WORKDIR /src/app
RUN cd /src/app && go vet ./...
