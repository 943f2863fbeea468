FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y gcc
RUN echo built > /out
FROM debian:bookworm-slim
COPY --from=build /out /out
