FROM golang:1.26
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/server ./cmd/server
EXPOSE 8080
USER 65532:65532
ENTRYPOINT ["/out/server"]
