FROM debian:12-slim
RUN curl -fsSL https://get.example.org/install.sh | sh
RUN wget -qO- https://example.org/setup.sh | sudo -E bash -
RUN sh -c "$(curl -fsSL https://example.org/ohmy.sh)"
RUN curl -sSL https://install.example.org/ | python3 -
