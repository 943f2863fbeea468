FROM python:3.12-alpine
RUN apk add --no-cache --virtual .build-deps gcc musl-dev postgresql-dev \
    && pip install --no-cache-dir psycopg2 \
    && apk del .build-deps \
    && apk add --no-cache libpq
FROM python:3.12-slim AS slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev \
    && pip install --no-cache-dir psycopg2 \
    && apt-get purge -y libpq-dev && rm -rf /var/lib/apt/lists/*
