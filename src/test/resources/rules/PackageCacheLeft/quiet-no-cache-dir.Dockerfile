FROM python:3.12-slim
RUN pip install --no-cache-dir requests
RUN apk add --no-cache curl || true
